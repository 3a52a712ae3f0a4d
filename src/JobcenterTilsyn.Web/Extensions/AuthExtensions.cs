using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>
/// Sign-in with ASP.NET Core Identity (users in PostgreSQL, a cookie for the browser) and the authorization
/// policies of <see cref="Politikker"/>, enforced on the server for pages, endpoints and downloads.
/// </summary>
public static class AuthExtensions
{
    public const string LogIndSti = "/konto/log-ind";
    public const string LogUdSti = "/konto/log-ud";
    public const string IngenAdgangSti = "/konto/ingen-adgang";

    /// <summary>The default authentication scheme: forwards to the API key handler or to Identity's cookie.</summary>
    public const string CookieEllerNoegle = "CookieEllerNoegle";

    public static WebApplicationBuilder AddTilsynAuth(this WebApplicationBuilder builder)
    {
        // Identity's stores take a scoped context; pages keep using the factory for short-lived ones.
        builder.Services.TryAddScoped(services => services.GetRequiredService<IDbContextFactory<TilsynDbContext>>().CreateDbContext());

        // The default scheme picks per request: an /api call carrying an API key is authenticated by the key, everything
        // else by the sign-in cookie. Both give the same role and municipality claims, so one set of policies serves both.
        var authentication = builder.Services.AddAuthentication(CookieEllerNoegle);
        authentication.AddIdentityCookies();
        authentication.AddScheme<AuthenticationSchemeOptions, ApiNoegleHandler>(ApiNoegleHandler.Skema, null);
        authentication.AddPolicyScheme(CookieEllerNoegle, "Cookie eller API-nøgle", o => o.ForwardDefaultSelector = http =>
            ErMaskinkald(http.Request.Path) && ApiNoegleHandler.Hemmelighed(http.Request) is not null
                ? ApiNoegleHandler.Skema
                : IdentityConstants.ApplicationScheme);
        builder.Services.AddTilsynIdentitet()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TilsynClaimsFactory>();
        builder.Services.ConfigureApplicationCookie(KonfigurerCookie);
        // Identity refreshes the cookie's claims every minute; Sessionskontrol checks the stamp itself on every request.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = RevalideringAfLogin.Interval);

        builder.Services.AddScoped<Logindkontrol>();
        builder.Services.AddAuthorization(Politikker.Tilfoej);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RevalideringAfLogin>();
        return builder;
    }

    public static WebApplication UseTilsynAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>API calls and downloads answer 401/403 as such; pages redirect to sign-in or show the Danish 403 page.</summary>
    public static bool ErMaskinkald(PathString path) => path.StartsWithSegments("/api");

    private static void KonfigurerCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = LogIndSti;
        options.LogoutPath = LogUdSti;
        options.AccessDeniedPath = IngenAdgangSti;
        options.Cookie.Name = "jt.login";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        // The stamp is checked on every request, so a signed-out or disabled user's old cookie is refused at once.
        options.Events.OnValidatePrincipal = Sessionskontrol.ValiderAsync;
        options.Events.OnRedirectToLogin = context =>
        {
            if (!ErMaskinkald(context.Request.Path))
            {
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            }
            return UdenSide(context.HttpContext, StatusCodes.Status401Unauthorized);
        };
        // 403 in place (no redirect): pages get the Danish "Ingen adgang" page through the status code pages.
        options.Events.OnRedirectToAccessDenied = context =>
            ErMaskinkald(context.Request.Path)
                ? UdenSide(context.HttpContext, StatusCodes.Status403Forbidden)
                : Status(context.HttpContext, StatusCodes.Status403Forbidden);
    }

    private static Task UdenSide(HttpContext http, int status)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
        return Status(http, status);
    }

    private static Task Status(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
