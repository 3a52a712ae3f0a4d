using JobcenterTilsyn.Domain.Tilsynssager;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>Supervision cases: the deadline periods from configuration ("Tilsynssager" section) and the clock.</summary>
public static class TilsynssagerExtensions
{
    public static WebApplicationBuilder AddTilsynssager(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Data.Tilsynssager.SagskladdeStore>();
        builder.Services.AddSingleton<Components.Pages.Tilsynssager.Sagskladder>();
        builder.Services.AddOptions<TilsynssagOptions>()
            .Bind(builder.Configuration.GetSection(TilsynssagOptions.Sektion))
            .Validate(o => !o.Fristregler.Valideringsfejl().Any(), "Tilsynssager: the deadline periods are invalid (redegørelse ≥ 1 day, plan ≥ redegørelse).")
            .ValidateOnStart();
        return builder;
    }
}

/// <summary>
/// How many days the municipality has from the day a case is opened: <c>Tilsynssager:RedegoerelseFristDage</c>
/// (default 28 = 4 weeks) and <c>Tilsynssager:PlanFristDage</c> (default 56 = 8 weeks).
/// </summary>
public sealed class TilsynssagOptions
{
    public const string Sektion = "Tilsynssager";

    public int RedegoerelseFristDage { get; set; } = Fristregler.Standard.RedegoerelseDage;

    public int PlanFristDage { get; set; } = Fristregler.Standard.PlanDage;

    public Fristregler Fristregler => new(RedegoerelseFristDage, PlanFristDage);
}
