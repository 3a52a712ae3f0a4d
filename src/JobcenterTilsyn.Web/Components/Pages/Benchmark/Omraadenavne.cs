using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Web.Components.Pages.Benchmark;

/// <summary>The Danish names of the benchmark areas.</summary>
public static class Omraadenavne
{
    public static IReadOnlyList<Omraade> Alle { get; } = [Omraade.Alle, Omraade.Dagpenge, Omraade.Kontanthjaelp, Omraade.Sygedagpenge];

    public static string Navn(Omraade omraade) => omraade switch
    {
        Omraade.Alle => "Alle tre områder",
        Omraade.Dagpenge => "Dagpengeområdet",
        Omraade.Kontanthjaelp => "Kontanthjælpsområdet",
        Omraade.Sygedagpenge => "Sygedagpengeområdet",
        _ => omraade.ToString(),
    };
}
