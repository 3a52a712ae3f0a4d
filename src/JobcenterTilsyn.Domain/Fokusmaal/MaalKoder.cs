using JobcenterTilsyn.Domain.Regler;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>The export codes of <see cref="Maal"/> (data-contract.md, measures) and their thresholds.</summary>
public static class MaalKoder
{
    /// <summary>Every goal, in export order (the codes sort the same way).</summary>
    public static IReadOnlyList<Maal> Alle { get; } =
        [Maal.ATilbud12m, Maal.BTidligIndsats, Maal.CUdenIndsatsAktivitetsparat, Maal.DSamtale3m];

    public static string Kode(this Maal maal) => maal switch
    {
        Maal.ATilbud12m => "A_tilbud_12m",
        Maal.BTidligIndsats => "B_tidlig_indsats",
        Maal.CUdenIndsatsAktivitetsparat => "C_uden_indsats_aktivitetsparat",
        Maal.DSamtale3m => "D_samtale_3m",
        _ => throw new ArgumentOutOfRangeException(nameof(maal), maal, null),
    };

    /// <summary>The goal's threshold under a rule set; null for an indicator without one.</summary>
    public static double? Graense(this Maal maal, Regelsaet regelsaet) => maal switch
    {
        Maal.ATilbud12m => regelsaet.GraenseA,
        Maal.BTidligIndsats => regelsaet.GraenseB,
        Maal.CUdenIndsatsAktivitetsparat => regelsaet.GraenseC,
        Maal.DSamtale3m => regelsaet.GraenseD,
        _ => throw new ArgumentOutOfRangeException(nameof(maal), maal, null),
    };
}
