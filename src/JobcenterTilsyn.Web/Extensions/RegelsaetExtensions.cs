using JobcenterTilsyn.Web.Components.Pages.Administration.Regelsaet;
using JobcenterTilsyn.Web.Components.Pages.Scenarier;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>Rule sets (the administrator's recomputation) and scenarios (issue 16).</summary>
public static class RegelsaetExtensions
{
    public static WebApplicationBuilder AddRegelsaet(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Genberegner>();
        builder.Services.AddSingleton<Scenariekoersel>();
        return builder;
    }
}
