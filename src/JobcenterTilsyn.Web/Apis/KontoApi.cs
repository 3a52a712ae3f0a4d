using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Web.Extensions;
using JobcenterTilsyn.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;

namespace JobcenterTilsyn.Web.Apis;

/// <summary>
/// Sign-out as a form POST with an antiforgery token: a Blazor circuit cannot change cookies, an ordinary request can.
/// Signing out renews the user's security stamp, so the old cookie is refused even if someone kept a copy.
/// </summary>
public static class KontoApi
{
    public static IEndpointRouteBuilder MapKontoApi(this IEndpointRouteBuilder endpoints)
    {
        // The token is checked here rather than by the form binding: a missing or stale token (an expired session
        // clicking "Log ud") is an ordinary event, to be answered without an exception in the log.
        endpoints.MapPost(AuthExtensions.LogUdSti, LogUdAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> LogUdAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<Bruger> signIn, ILoggerFactory loggerFactory)
    {
        var log = loggerFactory.CreateLogger(typeof(KontoApi));
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            // Nobody signed in: nothing to end, so back to the sign-in page. Signed in: a forged sign-out changes nothing.
            if (!signedIn) return TypedResults.LocalRedirect(AuthExtensions.LogIndSti);
            log.LogWarning("Sign-out without a valid antiforgery token refused for {Bruger}", http.User.Brugernavn());
            if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
            return TypedResults.BadRequest("Ugyldig forespørgsel: log ud fra siden igen.");
        }

        if (signedIn)
        {
            if (await signIn.UserManager.GetUserAsync(http.User) is { } bruger)
            {
                // A new stamp invalidates every cookie issued before it (validated on each request, Sessionskontrol).
                await signIn.UserManager.UpdateSecurityStampAsync(bruger);
            }
            log.LogInformation("User {Bruger} signed out", http.User.Brugernavn());
            await signIn.SignOutAsync();
        }
        var returnUrl = (await http.Request.ReadFormAsync(http.RequestAborted))["returnUrl"].ToString();
        // Back to sign-in, which returns to where the user was after signing in again.
        var tilbage = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? "?ReturnUrl=" + Uri.EscapeDataString("/" + returnUrl.TrimStart('/'))
            : "";
        return TypedResults.LocalRedirect(AuthExtensions.LogIndSti + tilbage);
    }
}
