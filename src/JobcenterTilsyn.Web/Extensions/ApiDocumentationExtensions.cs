using JobcenterTilsyn.Web.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) with the API's authentication schemes, and its interactive reader
/// (Scalar at /scalar/v1). Scalar's inline start-up script carries a per-request nonce that the CSP allows
/// (<see cref="Sikkerhedsheadere"/>), so no 'unsafe-inline' is needed; it loads no fonts, telemetry or AI agent from outside.
/// </summary>
public static class ApiDocumentationExtensions
{
    public const string Bearer = "Bearer";
    public const string ApiNoegleHeader = "ApiKey";
    public const string Cookie = "Cookie";

    public static WebApplicationBuilder AddApiDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer(Beskriv));
        return builder;
    }

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle("JobcenterTilsyn API")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .AddPreferredSecuritySchemes(Bearer)
            .Telemetry = false);
        return app;
    }

    private static Task Beskriv(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "JobcenterTilsyn API";
        document.Info.Description =
            "Municipalities, focus goals, result benchmark, designation and supervision cases (docs/api.md). " +
            "Authenticate with the browser's sign-in cookie or an API key created by an administrator " +
            "(`Authorization: Bearer jt_…` or `X-Api-Key: jt_…`). Lists are paged with `page` and `pageSize` (max 200). " +
            "Errors are RFC 7807 problem details. Counts under 5 persons are null for non-administrators.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key (jt_…) created by an administrator under Administration → API-nøgler.",
        };
        document.Components.SecuritySchemes[ApiNoegleHeader] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiNoegleHandler.Header,
            Description = "The same API key in its own header.",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "jt.login",
            Description = "The browser's sign-in cookie (sign in at /konto/log-ind).",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiNoegleHeader, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
