using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>The overview's sortable columns, in the order the table shows them.</summary>
public enum OverblikKolonne { Kommune, A, B, C, D, Residual, Rang, Klynge, Udpegning }

/// <summary>
/// One column's sort. Numbers sort by value; a row without a value in the column (a withheld "&lt; 5" share, then an
/// empty one) is always last, ascending and descending alike, so the end of the list never hides a real figure.
/// Ties keep the name order (Danish collation).
/// </summary>
public sealed record OverblikSortering(OverblikKolonne Kolonne, bool Faldende = false)
{
    private static readonly StringComparer Navne = StringComparer.Create(Tal.Dansk, ignoreCase: true);

    public IReadOnlyList<OverblikRaekke> Anvend(IEnumerable<OverblikRaekke> raekker)
    {
        var liste = raekker.ToList();
        if (Kolonne == OverblikKolonne.Kommune)
            return Faldende ? [.. liste.OrderByDescending(r => r.Navn, Navne)] : [.. liste.OrderBy(r => r.Navn, Navne)];

        var medVaerdi = liste.Where(r => Noegle(r) is not null);
        var sorteret = Faldende ? medVaerdi.OrderByDescending(r => Noegle(r)!.Value) : medVaerdi.OrderBy(r => Noegle(r)!.Value);
        var uden = liste.Where(r => Noegle(r) is null)
            .OrderBy(r => ErSkjult(r) ? 0 : 1).ThenBy(r => r.Navn, Navne);
        return [.. sorteret.ThenBy(r => r.Navn, Navne), .. uden];
    }

    /// <summary>The value the column sorts by; null when the row has none to show.</summary>
    private double? Noegle(OverblikRaekke r) => Kolonne switch
    {
        OverblikKolonne.A => r.A?.Andel,
        OverblikKolonne.B => r.B?.Andel,
        OverblikKolonne.C => r.C?.Andel,
        OverblikKolonne.D => r.D?.Andel,
        OverblikKolonne.Residual => r.Residual,
        OverblikKolonne.Rang => r.Rang,
        OverblikKolonne.Klynge => r.Klynge,
        // By severity, so descending puts "udpeget" first: ingen, forbedret, risikozone, udpeget.
        OverblikKolonne.Udpegning => r.Kategori switch { "ingen" => 0, "forbedret" => 1, "risikozone" => 2, "udpeget" => 3, _ => null },
        _ => null,
    };

    private bool ErSkjult(OverblikRaekke r) => Maalet(Kolonne) is { } m && r.Tal(m)?.Skjult == true;

    /// <summary>The goal a column shows; null for the other columns.</summary>
    public static Maal? Maalet(OverblikKolonne kolonne) => kolonne switch
    {
        OverblikKolonne.A => Maal.ATilbud12m,
        OverblikKolonne.B => Maal.BTidligIndsats,
        OverblikKolonne.C => Maal.CUdenIndsatsAktivitetsparat,
        OverblikKolonne.D => Maal.DSamtale3m,
        _ => null,
    };

    /// <summary>"A faldende", "Kommune stigende": for the export's header.</summary>
    public string Beskrivelse => $"{Kolonne} {(Faldende ? "faldende" : "stigende")}";
}
