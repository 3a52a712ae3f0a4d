using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Maaling;

/// <summary>
/// Numerators and denominators per (kommunekode, maal, maaned), filled person by person
/// (<see cref="Personmaaling.Tael"/>). Not thread-safe: give each thread its own and
/// <see cref="Flet"/> them afterwards.
/// </summary>
public sealed class Maaletaelling
{
    // Kommunekoder are three-digit codes; one flat array per month, two ints per (kode, maal).
    private const int AntalKoder = 1000;
    private const int AntalMaal = 4;

    private readonly Dictionary<Maaned, int[]> _celler = [];

    /// <summary>The months that have received at least one contribution.</summary>
    public IEnumerable<Maaned> Maaneder => _celler.Keys;

    /// <summary>Counts one contribution: the denominator, and the numerator when <paramref name="iTaeller"/>.</summary>
    public void Tilfoej(short kommunekode, Maal maal, Maaned maaned, bool iTaeller) =>
        Tilfoej(Celler(maaned), kommunekode, maal, iTaeller);

    public void Tilfoej(Bidrag bidrag, Maal maal, Maaned maaned) => Tilfoej(bidrag.Kommunekode, maal, maaned, bidrag.ITaeller);

    public int Taeller(short kommunekode, Maal maal, Maaned maaned) => Laes(kommunekode, maal, maaned, 0);

    public int Naevner(short kommunekode, Maal maal, Maaned maaned) => Laes(kommunekode, maal, maaned, 1);

    /// <summary>Adds every count of <paramref name="anden"/> to this one.</summary>
    public void Flet(Maaletaelling anden)
    {
        ArgumentNullException.ThrowIfNull(anden);
        if (ReferenceEquals(anden, this))
        {
            throw new ArgumentException("A count cannot be merged into itself.", nameof(anden));
        }

        foreach (var (maaned, andre) in anden._celler)
        {
            var egne = Celler(maaned);
            for (var i = 0; i < egne.Length; i++)
            {
                egne[i] += andre[i];
            }
        }
    }

    /// <summary>
    /// One result for every municipality × goal × month, also where the denominator is 0, each with the
    /// rule set in force on the month's last day; ordered by kommunekode, then goal (export order), then
    /// month as given.
    /// </summary>
    /// <exception cref="InvalidOperationException">Counts exist for a municipality not in <paramref name="alleKommunekoder"/>.</exception>
    public IReadOnlyList<Maalresultat> Resultater(IEnumerable<short> alleKommunekoder, IReadOnlyList<Maaned> maaneder, Regelsaetkatalog katalog)
    {
        ArgumentNullException.ThrowIfNull(alleKommunekoder);
        ArgumentNullException.ThrowIfNull(maaneder);
        ArgumentNullException.ThrowIfNull(katalog);
        var koder = new SortedSet<short>(alleKommunekoder);
        foreach (var kode in koder)
        {
            TjekKode(kode);
        }

        TjekIngenUkendteKoder(koder, maaneder);
        var regelsaet = new Regelsaet[maaneder.Count];
        for (var j = 0; j < maaneder.Count; j++)
        {
            regelsaet[j] = katalog.IKraftFor(maaneder[j]);
        }

        var resultater = new List<Maalresultat>(koder.Count * AntalMaal * maaneder.Count);
        foreach (var kode in koder)
        {
            foreach (var maal in MaalKoder.Alle)
            {
                for (var j = 0; j < maaneder.Count; j++)
                {
                    var maaned = maaneder[j];
                    resultater.Add(new Maalresultat(kode, maal, maaned,
                        Taeller(kode, maal, maaned), Naevner(kode, maal, maaned), regelsaet[j]));
                }
            }
        }

        return resultater;
    }

    /// <summary>The month's cells, created on first use; the hot path resolves a month once per person.</summary>
    internal int[] Celler(Maaned maaned)
    {
        if (!_celler.TryGetValue(maaned, out var celler))
        {
            celler = new int[AntalKoder * AntalMaal * 2];
            _celler.Add(maaned, celler);
        }

        return celler;
    }

    internal static void Tilfoej(int[] celler, short kommunekode, Maal maal, bool iTaeller)
    {
        TjekKode(kommunekode);
        var i = Indeks(kommunekode, maal);
        if (iTaeller)
        {
            celler[i]++;
        }

        celler[i + 1]++;
    }

    private int Laes(short kommunekode, Maal maal, Maaned maaned, int forskydning)
    {
        TjekKode(kommunekode);
        return _celler.TryGetValue(maaned, out var celler) ? celler[Indeks(kommunekode, maal) + forskydning] : 0;
    }

    private static int Indeks(short kommunekode, Maal maal) => ((kommunekode * AntalMaal) + (int)maal) * 2;

    private static void TjekKode(short kommunekode)
    {
        if (kommunekode is < 0 or >= AntalKoder)
        {
            throw new ArgumentOutOfRangeException(nameof(kommunekode), kommunekode, "A kommunekode is a three-digit code.");
        }
    }

    private void TjekIngenUkendteKoder(SortedSet<short> koder, IReadOnlyList<Maaned> maaneder)
    {
        var ukendte = new SortedSet<short>();
        foreach (var maaned in maaneder)
        {
            if (!_celler.TryGetValue(maaned, out var celler))
            {
                continue;
            }

            for (short kode = 0; kode < AntalKoder; kode++)
            {
                if (koder.Contains(kode))
                {
                    continue;
                }

                for (var maal = 0; maal < AntalMaal; maal++)
                {
                    if (celler[Indeks(kode, (Maal)maal) + 1] != 0)
                    {
                        ukendte.Add(kode);
                    }
                }
            }
        }

        if (ukendte.Count > 0)
        {
            throw new InvalidOperationException(
                $"Measures were counted for kommunekoder that are not among the municipalities: {string.Join(", ", ukendte)}.");
        }
    }
}
