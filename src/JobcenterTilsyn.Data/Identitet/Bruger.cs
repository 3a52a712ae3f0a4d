using Microsoft.AspNetCore.Identity;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>
/// A user who signs in (user name = e-mail). Exactly one role; a <c>Jobcenterchef</c> is bound to exactly one
/// municipality, the other roles to none. Disabled = locked out indefinitely (<see cref="Brugeradministration"/>).
/// </summary>
public sealed class Bruger : IdentityUser
{
    /// <summary>The name shown in the app and in case histories next to the e-mail.</summary>
    public string? Navn { get; set; }

    /// <summary>The municipality of a Jobcenterchef; null for the other roles.</summary>
    public short? Kommunekode { get; set; }
}
