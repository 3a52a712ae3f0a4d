using System.Globalization;
using System.Security.Claims;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Web.Security;

/// <summary>What the sign-in cookie says about the user, read the same way by pages, endpoints and logs.</summary>
public static class Brugerclaims
{
    /// <summary>The municipality of a Jobcenterchef.</summary>
    public const string Kommunekode = "jt:kommunekode";

    /// <summary>The display name.</summary>
    public const string Navn = "jt:navn";

    public static Rolle? Rolle(this ClaimsPrincipal user) =>
        Roller.Alle.Where(r => user.IsInRole(r.Navn())).Select(r => (Rolle?)r).FirstOrDefault();

    public static short? Kommune(this ClaimsPrincipal user) =>
        short.TryParse(user.FindFirstValue(Kommunekode), NumberStyles.None, CultureInfo.InvariantCulture, out var kode) ? kode : null;

    /// <summary>The user name (e-mail) as history entries and logs record it.</summary>
    public static string Brugernavn(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static string Visningsnavn(this ClaimsPrincipal user) => user.FindFirstValue(Navn) ?? user.Brugernavn();

    /// <summary>For <see cref="Diskretion"/>: only administrators see figures over fewer than 5 persons.</summary>
    public static bool ErAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roller.Administrator);

    /// <summary>The user as the case workflow sees them; null for a user without a role.</summary>
    public static Aktoer? Aktoer(this ClaimsPrincipal user) =>
        user.Rolle() is { } rolle ? new Aktoer(user.Brugernavn(), rolle, user.Kommune()) : null;

    /// <summary>Whether the user may read the case of <paramref name="kommunekode"/> (rules.md §10).</summary>
    public static bool KanSeSag(this ClaimsPrincipal user, short kommunekode) =>
        user.Aktoer() is { } aktoer && aktoer.KanSe(kommunekode);
}
