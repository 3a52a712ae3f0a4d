using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Udpegning;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Kommuneside;

/// <summary>
/// What a municipality's forecast category rests on and what it takes to leave it (rules.md §8 on the figures of
/// §11), in Danish, from the disclosed figures only. The choices are in docs/rules-as-implemented.md.
/// </summary>
public static class Prognosetekst
{
    /// <summary>One goal of the indsats criterion: met or not, with the distance in citizens pooled over the months so far.</summary>
    public static string Fokusmaal(string bogstav, OplystMaaltal tal, string periode)
    {
        ArgumentNullException.ThrowIfNull(tal);
        var maal = Tal.Procent(tal.Graense, 0);
        if (tal.Skjult || tal.Andel is not { } andel)
            return tal.Naevner == 0
                ? $"{bogstav}: ingen borgere i målingen {periode}; målet tæller ikke imod kommunen."
                : $"{bogstav}: vises ikke, da det drejer sig om færre end 5 borgere.";
        var start = $"{bogstav}: {Tal.Procent(andel)} {periode} (mål {maal})";
        if (tal.Opfyldt == false && tal.Mangler is { } m)
            return $"{start} – mangler {Udsigtstekst.Borgere(m)} med tilbud for at nå målet.";
        return Overskud(tal) is { } o
            ? $"{start} – nået med {Udsigtstekst.Borgere(o)} i overskud."
            : $"{start} – nået.";
    }

    /// <summary>How many fewer citizens in the numerator would still meet the goal: t − ⌈g·n⌉; null when not met or withheld.</summary>
    public static int? Overskud(OplystMaaltal tal) =>
        tal is { Opfyldt: true, Taeller: { } t, Naevner: { } n, Graense: { } g }
            ? checked((int)(t - Mangler.Noedvendige(n, g)))
            : null;

    /// <summary>The result criterion: rang against the limit, and the distance in places.</summary>
    public static string Resultat(Udpegningsaar u, int graenseRang)
    {
        ArgumentNullException.ThrowIfNull(u);
        var start = $"Rang {u.Rang} af {u.AntalKommuner}; kriteriet rammer rang {graenseRang + 1} og derover";
        return u.ResultatKriterie
            ? $"{start}. Kommunen skal rykke {Pladser(u.Rang - graenseRang)} op for at gå fri."
            : $"{start}. Kommunen er {Pladser(graenseRang + 1 - u.Rang)} fra kriteriet.";
    }

    /// <summary>What it takes to leave the category, in one or two sentences.</summary>
    public static string Udvej(Udpegningsaar u, bool harAabenSag)
    {
        ArgumentNullException.ThrowIfNull(u);
        var kategori = UdpegningskategoriKoder.TryKategori(u.Kategori, out var k) ? k : Udpegningskategori.Ingen;
        return kategori switch
        {
            Udpegningskategori.Udpeget =>
                "For at undgå udpegning skal begge fokusmål nås opgjort over hele året (så indsatskriteriet ikke rammer), " +
                "eller kommunens resultat skal ud af den svageste femtedel. Flere tilbud påvirker kun fokusmålene.",
            Udpegningskategori.Risikozone when u.IndsatsKriterie =>
                "Kommunen forlader risikozonen, når begge fokusmål nås opgjort over hele året" +
                (harAabenSag ? " (så bliver den \"forbedret\", fordi der er en åben tilsynssag)" : "") +
                ". Rammer resultatkriteriet også, bliver kommunen udpeget.",
            Udpegningskategori.Risikozone =>
                "Fokusmålene er nået; risikozonen skyldes resultatkriteriet, som afhænger af beskæftigelsesresultaterne og ikke " +
                "af antallet af tilbud. Falder A eller B under målet, bliver kommunen udpeget.",
            Udpegningskategori.Forbedret =>
                "Ingen af kriterierne rammer, og kommunen har en åben tilsynssag. Hold begge fokusmål over målet resten af året.",
            _ => "Ingen af kriterierne rammer. Hold begge fokusmål over målet resten af året.",
        };
    }

    private static string Pladser(int antal) => antal == 1 ? "1 plads" : $"{antal} pladser";
}
