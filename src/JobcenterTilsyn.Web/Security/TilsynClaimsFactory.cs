using System.Globalization;
using System.Security.Claims;
using JobcenterTilsyn.Data.Identitet;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Security;

/// <summary>Adds the municipality and display name to the sign-in cookie, next to Identity's name and role claims.</summary>
internal sealed class TilsynClaimsFactory(UserManager<Bruger> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Bruger, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Bruger user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.Kommunekode is { } kode)
            identity.AddClaim(new Claim(Brugerclaims.Kommunekode, kode.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrWhiteSpace(user.Navn))
            identity.AddClaim(new Claim(Brugerclaims.Navn, user.Navn));
        return identity;
    }
}
