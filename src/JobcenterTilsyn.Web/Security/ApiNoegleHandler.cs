using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.ApiNoegler;
using JobcenterTilsyn.Domain.Adgang;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// Authenticates scripts by API key (<c>Authorization: Bearer jt_…</c> or <c>X-Api-Key: jt_…</c>) as a user with the
/// key's role and municipality, so the same policies and per-case checks apply as for a signed-in browser.
/// The key is never logged; a refused key is logged by its prefix only.
/// </summary>
internal sealed class ApiNoegleHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<TilsynDbContext> dbFactory, TimeProvider tid)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Skema = "ApiNoegle";

    public const string Header = "X-Api-Key";

    /// <summary>The name claim of a key's principal: history entries and logs show "api-nøgle: navn (id)".</summary>
    public static string Brugernavn(ApiNoegle noegle) => $"api-nøgle: {noegle.Navn} ({noegle.Id})";

    /// <summary>The key a request carries, or null when it carries none.</summary>
    public static string? Hemmelighed(HttpRequest request)
    {
        if (request.Headers[Header] is [{ Length: > 0 } noegle]) return noegle.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Hemmelighed(Request) is not { Length: > 0 } hemmelighed) return AuthenticateResult.NoResult();
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        if (await ApiNoegleStore.GodkendAsync(db, hemmelighed, tid.GetUtcNow(), Context.RequestAborted) is not { } noegle)
        {
            Logger.LogWarning("Refused an unknown or revoked API key starting {Praefiks} for {Sti}",
                hemmelighed.Length >= 10 ? hemmelighed[..10] : "(kort)", Request.Path.Value);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, "api-noegle:" + noegle.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, Brugernavn(noegle)),
            new(ClaimTypes.Role, noegle.Rolle.Navn()),
            new(Brugerclaims.Navn, noegle.Navn),
        ];
        if (noegle.Kommunekode is { } kode) claims.Add(new(Brugerclaims.Kommunekode, kode.ToString(CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Skema));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Skema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
