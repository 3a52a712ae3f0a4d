using System.Security.Claims;
using JobcenterTilsyn.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// Checks the sign-in cookie's security stamp against the database on every request to something that needs a
/// user, so a cookie issued before a sign-out, a disabling, a role change or a password reset is refused at once,
/// even if someone kept a copy. One primary-key query per request; anonymous endpoints (static assets, the
/// sign-in page, health) skip it. Identity's own validator still refreshes the claims every minute.
/// </summary>
internal static class Sessionskontrol
{
    public static async Task ValiderAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        var http = context.HttpContext;
        if (context.Principal is not { Identity.IsAuthenticated: true } principal) return;
        if (http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null) return;

        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = principal.FindFirstValue(claims.UserIdClaimType);
        var stempel = principal.FindFirstValue(claims.SecurityStampClaimType);
        var db = http.RequestServices.GetRequiredService<TilsynDbContext>();
        var gemt = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp }).SingleOrDefaultAsync(http.RequestAborted);
        if (gemt is not null && stempel is not null && gemt.SecurityStamp == stempel) return;

        context.RejectPrincipal();
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
