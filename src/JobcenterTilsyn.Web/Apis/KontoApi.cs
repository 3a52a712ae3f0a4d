using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Web.Extensions;
using JobcenterTilsyn.Web.Sikkerhed;
using Microsoft.AspNetCore.Identity;

namespace JobcenterTilsyn.Web.Apis;

/// <summary>
/// Sign-out as a form POST (with antiforgery, which minimal APIs check for form-bound endpoints): a Blazor
/// circuit cannot change cookies, an ordinary request can.
/// </summary>
public static class KontoApi
{
    public static IEndpointRouteBuilder MapKontoApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AuthExtensions.LogUdSti, LogUdAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> LogUdAsync(HttpContext http, SignInManager<Bruger> signIn, ILoggerFactory loggerFactory,
        [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            loggerFactory.CreateLogger(typeof(KontoApi)).LogInformation("User {Bruger} signed out", http.User.Brugernavn());
            await signIn.SignOutAsync();
        }
        // Back to sign-in, which returns to where the user was after signing in again.
        var tilbage = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? "?ReturnUrl=" + Uri.EscapeDataString("/" + returnUrl.TrimStart('/'))
            : "";
        return TypedResults.LocalRedirect(AuthExtensions.LogIndSti + tilbage);
    }
}
