using JobcenterTilsyn.Domain.Adgang;
using Microsoft.AspNetCore.Authorization;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// The authorization policies of rules.md §10. A page declares one with
/// <c>@attribute [Authorize(Policy = Politikker.Administrator)]</c>, an endpoint with
/// <c>.RequireAuthorization(Politikker.Administrator)</c>. Everything without a declaration gets the fallback
/// policy (signed in with one of the three roles); only what is marked <c>[AllowAnonymous]</c> is open.
/// </summary>
public static class Politikker
{
    /// <summary>All municipalities' measures, benchmark and designation: every role.</summary>
    public const string LaesTal = nameof(LaesTal);

    /// <summary>The own municipality's dashboard and peers: the Jobcenterchef (bound to one municipality).</summary>
    public const string EgenKommune = nameof(EgenKommune);

    /// <summary>Supervision cases: every role; a Jobcenterchef only the own municipality's (checked per case).</summary>
    public const string LaesSager = nameof(LaesSager);

    /// <summary>Opening, advancing and closing cases; imports, computations, rule sets, users.</summary>
    public const string Administrator = nameof(Administrator);

    private static readonly string[] AlleRoller = [Roller.Analytiker, Roller.Jobcenterchef, Roller.Administrator];

    public static void Tilfoej(AuthorizationOptions options)
    {
        var enAfRollerne = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(AlleRoller).Build();
        options.FallbackPolicy = enAfRollerne;
        options.DefaultPolicy = enAfRollerne;
        options.AddPolicy(LaesTal, enAfRollerne);
        options.AddPolicy(LaesSager, enAfRollerne);
        options.AddPolicy(EgenKommune, p => p.RequireAuthenticatedUser().RequireRole(Roller.Jobcenterchef).RequireClaim(Brugerclaims.Kommunekode));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roller.Administrator));
    }
}
