using JobcenterTilsyn.Web.Components.Pages.Import;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>Imports and computations started from the administrator's Import page.</summary>
public static class ImportExtensions
{
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ImportKoersel>();
        return builder;
    }
}
