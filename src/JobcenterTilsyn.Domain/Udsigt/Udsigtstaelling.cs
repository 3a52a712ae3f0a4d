using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>
/// Outlook counts per (status month, coming month 1–3, kommunekode, goal A/B), filled person by person
/// (<see cref="Udsigtsmaaling.Tael"/>). Not thread-safe: give each thread its own and <see cref="Flet"/> them.
/// </summary>
public sealed class Udsigtstaelling
{
    /// <summary>The outlook looks this many months ahead of its status month (rules.md §11).</summary>
    public const int AntalMaaneder = 3;

    private const int AntalKoder = 1000;
    private const int AntalMaal = 2;

    private readonly Dictionary<Maaned, int[]> _celler = [];

    public void Tilfoej(Maaned statusmaaned, int forskydning, short kommunekode, Maal maal, bool harTilbud) =>
        Tilfoej(Celler(statusmaaned), forskydning, kommunekode, maal, harTilbud);

    public int Naevner(Maaned statusmaaned, int forskydning, short kommunekode, Maal maal) => Laes(statusmaaned, forskydning, kommunekode, maal, 1);

    public int HarTilbud(Maaned statusmaaned, int forskydning, short kommunekode, Maal maal) => Laes(statusmaaned, forskydning, kommunekode, maal, 0);

    /// <summary>Adds every count of <paramref name="anden"/> to this one.</summary>
    public void Flet(Udsigtstaelling anden)
    {
        ArgumentNullException.ThrowIfNull(anden);
        if (ReferenceEquals(anden, this)) throw new ArgumentException("A count cannot be merged into itself.", nameof(anden));
        foreach (var (maaned, andre) in anden._celler)
        {
            var egne = Celler(maaned);
            for (var i = 0; i < egne.Length; i++) egne[i] += andre[i];
        }
    }

    /// <summary>
    /// One result for every municipality × goal (A, B) × coming month of every status month, zeros included, each
    /// under the rule set in force on the coming month's last day; ordered by status month, kommunekode, goal, month.
    /// </summary>
    /// <exception cref="InvalidOperationException">Counts exist for a municipality not in <paramref name="alleKommunekoder"/>.</exception>
    public IReadOnlyList<Udsigtsresultat> Resultater(IEnumerable<short> alleKommunekoder, IReadOnlyList<Maaned> statusmaaneder, Regelsaetkatalog katalog)
    {
        ArgumentNullException.ThrowIfNull(alleKommunekoder);
        ArgumentNullException.ThrowIfNull(statusmaaneder);
        ArgumentNullException.ThrowIfNull(katalog);
        var koder = new SortedSet<short>(alleKommunekoder);
        TjekIngenUkendteKoder(koder);
        var resultater = new List<Udsigtsresultat>(statusmaaneder.Count * koder.Count * AntalMaal * AntalMaaneder);
        foreach (var status in statusmaaneder)
        {
            var regelsaet = new Regelsaet[AntalMaaneder + 1];
            for (var k = 1; k <= AntalMaaneder; k++) regelsaet[k] = katalog.IKraftFor(status.AddMonths(k));
            foreach (var kode in koder)
            {
                foreach (var maal in (Maal[])[Maal.ATilbud12m, Maal.BTidligIndsats])
                {
                    for (var k = 1; k <= AntalMaaneder; k++)
                    {
                        resultater.Add(new Udsigtsresultat(kode, maal, status, status.AddMonths(k),
                            Naevner(status, k, kode, maal), HarTilbud(status, k, kode, maal), regelsaet[k]));
                    }
                }
            }
        }
        return resultater;
    }

    /// <summary>The status month's cells, created on first use.</summary>
    internal int[] Celler(Maaned statusmaaned)
    {
        if (!_celler.TryGetValue(statusmaaned, out var celler))
        {
            celler = new int[AntalMaaneder * AntalKoder * AntalMaal * 2];
            _celler.Add(statusmaaned, celler);
        }
        return celler;
    }

    internal static void Tilfoej(int[] celler, int forskydning, short kommunekode, Maal maal, bool harTilbud)
    {
        var i = Indeks(forskydning, kommunekode, maal);
        if (harTilbud) celler[i]++;
        celler[i + 1]++;
    }

    private int Laes(Maaned statusmaaned, int forskydning, short kommunekode, Maal maal, int del) =>
        _celler.TryGetValue(statusmaaned, out var celler) ? celler[Indeks(forskydning, kommunekode, maal) + del] : 0;

    private static int Indeks(int forskydning, short kommunekode, Maal maal)
    {
        if (forskydning is < 1 or > AntalMaaneder)
            throw new ArgumentOutOfRangeException(nameof(forskydning), forskydning, "The outlook covers the three months after the status month.");
        if (kommunekode is < 0 or >= AntalKoder)
            throw new ArgumentOutOfRangeException(nameof(kommunekode), kommunekode, "A kommunekode is a three-digit code.");
        if (maal is not (Maal.ATilbud12m or Maal.BTidligIndsats))
            throw new ArgumentOutOfRangeException(nameof(maal), maal, "The outlook covers focus goals A and B.");
        return ((((forskydning - 1) * AntalKoder) + kommunekode) * AntalMaal + (int)maal) * 2;
    }

    private void TjekIngenUkendteKoder(SortedSet<short> koder)
    {
        var ukendte = new SortedSet<short>();
        foreach (var celler in _celler.Values)
        {
            for (var k = 1; k <= AntalMaaneder; k++)
            {
                for (short kode = 0; kode < AntalKoder; kode++)
                {
                    if (koder.Contains(kode)) continue;
                    if (celler[Indeks(k, kode, Maal.ATilbud12m) + 1] != 0 || celler[Indeks(k, kode, Maal.BTidligIndsats) + 1] != 0) ukendte.Add(kode);
                }
            }
        }
        if (ukendte.Count > 0)
            throw new InvalidOperationException($"An outlook was counted for kommunekoder that are not among the municipalities: {string.Join(", ", ukendte)}.");
    }
}
