using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>The Danish names of the focus goals and indicators as the pages show them.</summary>
public static class Maalnavne
{
    public static string Bogstav(Maal maal) => maal switch
    {
        Maal.ATilbud12m => "A",
        Maal.BTidligIndsats => "B",
        Maal.CUdenIndsatsAktivitetsparat => "C",
        Maal.DSamtale3m => "D",
        _ => "?",
    };

    public static string Kort(Maal maal) => maal switch
    {
        Maal.ATilbud12m => "Tilbud inden for 12 mdr.",
        Maal.BTidligIndsats => "Tidlig indsats (6 mdr.)",
        Maal.CUdenIndsatsAktivitetsparat => "Aktivitetsparate uden indsats",
        Maal.DSamtale3m => "Samtale inden for 3 mdr.",
        _ => maal.ToString(),
    };

    public static string Fuld(Maal maal) => Bogstav(maal) + ": " + Kort(maal);
}
