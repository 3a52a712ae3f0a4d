using JobcenterTilsyn.Domain.Registre;
using G = JobcenterTilsyn.Domain.Registre.Ydelsesgruppe;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// How benefit careers run in the demo data: where persons enter, how long a period lasts, and what
/// follows it (a small Markov chain over the benefit groups; docs/demo-data.md).
/// </summary>
internal static class Ydelsesmodel
{
    /// <summary>"Leaves public support" as the target of a transition.</summary>
    public const G Afgang = 0;

    private const int Ung = 30;

    /// <summary>Duration of one period in days: median, log-normal sigma, min, max.</summary>
    private static readonly (double Median, double Sigma, int Min, int Max)[] Varighed = Tabel(new Dictionary<G, (double, double, int, int)>
    {
        [G.Dagpenge] = (200, 0.8, 14, 730),
        [G.KontanthjaelpJobparat] = (360, 0.8, 14, 1200),
        [G.KontanthjaelpAktivitetsparat] = (640, 0.7, 30, 1800),
        [G.UddannelseshjaelpUddannelsesparat] = (230, 0.8, 14, 730),
        [G.UddannelseshjaelpAktivitetsparat] = (500, 0.7, 30, 1460),
        [G.Selvforsoergelse] = (560, 0.6, 60, 1800),
        [G.Ressourceforloeb] = (540, 0.5, 180, 1825),
        [G.Sygedagpenge] = (115, 0.9, 7, 400),
        [G.Jobafklaring] = (300, 0.5, 60, 730),
        [G.Ledighedsydelse] = (120, 0.8, 14, 540),
        [G.Revalidering] = (365, 0.5, 90, 1095),
        [G.Fleksjob] = (900, 0.6, 180, 3000),
        [G.Foertidspension] = (0, 0, 0, 0), // runs on: always open
    });

    /// <summary>What follows a period (weights). <see cref="Afgang"/> = off benefits.</summary>
    private static readonly (G Til, double Vaegt)[][] Overgange = Tabel(new Dictionary<G, (G, double)[]>
    {
        [G.Dagpenge] = [(Afgang, 60), (G.Dagpenge, 10), (G.KontanthjaelpJobparat, 9), (G.Sygedagpenge, 8), (G.UddannelseshjaelpUddannelsesparat, 3), (G.Selvforsoergelse, 0.5)],
        [G.KontanthjaelpJobparat] = [(Afgang, 38), (G.KontanthjaelpJobparat, 15), (G.KontanthjaelpAktivitetsparat, 18), (G.Dagpenge, 7), (G.Sygedagpenge, 5), (G.UddannelseshjaelpUddannelsesparat, 5)],
        [G.KontanthjaelpAktivitetsparat] = [(Afgang, 16), (G.KontanthjaelpAktivitetsparat, 15), (G.KontanthjaelpJobparat, 22), (G.Ressourceforloeb, 18), (G.Sygedagpenge, 5), (G.Fleksjob, 5), (G.Foertidspension, 5), (G.Revalidering, 2)],
        [G.UddannelseshjaelpUddannelsesparat] = [(Afgang, 45), (G.UddannelseshjaelpUddannelsesparat, 12), (G.UddannelseshjaelpAktivitetsparat, 15), (G.KontanthjaelpJobparat, 8), (G.Dagpenge, 5), (G.Sygedagpenge, 5)],
        [G.UddannelseshjaelpAktivitetsparat] = [(Afgang, 25), (G.UddannelseshjaelpAktivitetsparat, 12), (G.UddannelseshjaelpUddannelsesparat, 28), (G.KontanthjaelpAktivitetsparat, 15), (G.Ressourceforloeb, 12), (G.Sygedagpenge, 5), (G.Revalidering, 3)],
        [G.Selvforsoergelse] = [(Afgang, 40), (G.Selvforsoergelse, 10), (G.KontanthjaelpJobparat, 30), (G.KontanthjaelpAktivitetsparat, 20)],
        [G.Ressourceforloeb] = [(Afgang, 10), (G.Ressourceforloeb, 25), (G.Fleksjob, 25), (G.Foertidspension, 20), (G.KontanthjaelpAktivitetsparat, 20)],
        [G.Sygedagpenge] = [(Afgang, 62), (G.Sygedagpenge, 5), (G.Jobafklaring, 15), (G.Dagpenge, 5), (G.KontanthjaelpJobparat, 3), (G.Fleksjob, 2)],
        [G.Jobafklaring] = [(Afgang, 25), (G.Jobafklaring, 10), (G.Ressourceforloeb, 25), (G.Fleksjob, 20), (G.Foertidspension, 8), (G.Sygedagpenge, 12)],
        [G.Ledighedsydelse] = [(Afgang, 20), (G.Fleksjob, 60), (G.Ledighedsydelse, 10), (G.Foertidspension, 10)],
        [G.Revalidering] = [(Afgang, 55), (G.Fleksjob, 25), (G.KontanthjaelpJobparat, 10), (G.Ledighedsydelse, 10)],
        [G.Fleksjob] = [(Afgang, 40), (G.Ledighedsydelse, 45), (G.Foertidspension, 15)],
        [G.Foertidspension] = [],
    });

    private static readonly G[] IndgangsGrupper =
    [
        G.Dagpenge, G.KontanthjaelpJobparat, G.KontanthjaelpAktivitetsparat, G.UddannelseshjaelpUddannelsesparat,
        G.UddannelseshjaelpAktivitetsparat, G.Selvforsoergelse, G.Sygedagpenge, G.Ressourceforloeb,
        G.Ledighedsydelse, G.Revalidering, G.Fleksjob, G.Foertidspension,
    ];

    private static readonly double[] IndgangUng = [20, 4, 3, 32, 20, 4, 12, 1, 0.3, 2, 0.5, 0.2];
    private static readonly double[] IndgangVoksen = [32, 15, 14, 0, 0, 4, 22, 3, 2, 1, 2, 2];

    /// <summary>
    /// The group a person enters in. <paramref name="udsathed"/> is the kommune's share relative to
    /// the typical one: harder-pressed kommuner see relatively more kontanthjælp and less dagpenge.
    /// </summary>
    public static G Indgang(SeededRandom rng, int alder, double udsathed)
    {
        var kilde = alder < Ung ? IndgangUng : IndgangVoksen;
        Span<double> w = stackalloc double[kilde.Length];
        for (var i = 0; i < w.Length; i++)
        {
            var g = IndgangsGrupper[i];
            var faktor = g.BenchmarkOmraade() == Omraade.Kontanthjaelp ? udsathed : g == G.Dagpenge ? 1 / Math.Sqrt(udsathed) : 1;
            w[i] = kilde[i] * faktor;
        }
        return IndgangsGrupper[rng.Pick(w)];
    }

    /// <summary>Length in days of a period in <paramref name="gruppe"/>, or null: runs on without end.</summary>
    public static int? Laengde(SeededRandom rng, G gruppe, int start)
    {
        var (median, sigma, min, max) = Varighed[(int)gruppe];
        if (max == 0) return null;
        // Registers often cut periods at whole months (e.g. 2023-04-15..2024-04-14).
        if (rng.Chance(0.3))
        {
            var maaneder = Math.Max(1, (int)Math.Round(rng.LogNormal(median / 30.4, sigma), MidpointRounding.AwayFromZero));
            var slut = DemoPeriode.Dato(start).AddMonths(maaneder).DayNumber - 1;
            return Math.Clamp(slut - start + 1, min, max);
        }
        return Math.Clamp((int)Math.Round(rng.LogNormal(median, sigma), MidpointRounding.AwayFromZero), min, max);
    }

    /// <summary>The next group after a period, or <see cref="Afgang"/>. Uddannelseshjælp is for persons under 30.</summary>
    public static G Naeste(SeededRandom rng, G gruppe, int alder)
    {
        var overgange = Overgange[(int)gruppe];
        if (overgange.Length == 0) return Afgang;
        Span<double> w = stackalloc double[overgange.Length];
        for (var i = 0; i < w.Length; i++) w[i] = overgange[i].Vaegt;
        return TilAlder(overgange[rng.Pick(w)].Til, alder);
    }

    public static G TilAlder(G gruppe, int alder) => alder < Ung ? gruppe : gruppe switch
    {
        G.UddannelseshjaelpUddannelsesparat => G.KontanthjaelpJobparat,
        G.UddannelseshjaelpAktivitetsparat => G.KontanthjaelpAktivitetsparat,
        _ => gruppe,
    };

    private static T[] Tabel<T>(Dictionary<G, T> raekker)
    {
        var tabel = new T[Enum.GetValues<G>().Max(g => (int)g) + 1];
        foreach (var (g, v) in raekker) tabel[(int)g] = v;
        return tabel;
    }
}
