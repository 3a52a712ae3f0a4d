using Scalar.AspNetCore;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>The OpenAPI document (/openapi/v1.json) and its reader (/scalar) for the endpoint groups in Apis/.</summary>
public static class ApiDocumentationExtensions
{
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
