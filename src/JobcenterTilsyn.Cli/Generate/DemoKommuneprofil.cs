using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Everything the generator decides about one kommune: its framework conditions per year, the share on
/// public support they drive, and how hard its jobcenter works (offers, ØVO habit, conversations).
/// Arrays indexed by year are 0 = 2022 … 3 = 2025.
/// </summary>
public sealed class DemoKommuneprofil
{
    private DemoKommuneprofil(Kommune kommune) => Kommune = kommune;

    public Kommune Kommune { get; }

    public short Kode => Kommune.Kommunekode;

    /// <summary>Population 16–66 from indbyggere (before any small-scale back-computation).</summary>
    public double[] Befolkning { get; } = new double[DemoPeriode.AntalAar];

    /// <summary>[year][variable] in the order of <see cref="Rammevilkaarsmodel.ForklarendeVariable"/>.</summary>
    public double[][] Variable { get; } = new double[DemoPeriode.AntalAar][];

    /// <summary>The model's share without noise.</summary>
    public double[] ForventetAndel { get; } = new double[DemoPeriode.AntalAar];

    /// <summary>The share this kommune gets: the model plus its own noise term.</summary>
    public double[] Andel { get; } = new double[DemoPeriode.AntalAar];

    /// <summary>Effort level in 2022, 0..1: how soon and how surely a counted person gets an offer.</summary>
    public double Indsatsniveau { get; private set; }

    /// <summary>Yearly change of the effort level (some kommuner improve, some slip).</summary>
    public double IndsatsTrend { get; private set; }

    /// <summary>How much more (or less) than usual this kommune uses ØVO.</summary>
    public double OevoFaktor { get; private set; }

    /// <summary>Factor on the ØVO habit from 2024, when ØVO stopped counting for most (rules.md §7).</summary>
    public double OevoTilpasning2024 { get; private set; }

    /// <summary>Diligence 0..1 in holding conversations: 1 ≈ monthly, low ≈ every three months or rarer.</summary>
    public double Samtaleflid { get; private set; }

    public double IndsatsI(int aar) => Math.Clamp(Indsatsniveau + IndsatsTrend * (Math.Clamp(aar, DemoPeriode.FoersteAar, DemoPeriode.SidsteAar) - DemoPeriode.FoersteAar), 0.05, 0.99);

    public double OevoI(int aar) => aar >= 2024 ? OevoFaktor * OevoTilpasning2024 : OevoFaktor;

    public static int AarIndeks(int aar) => Math.Clamp(aar, DemoPeriode.FoersteAar, DemoPeriode.SidsteAar) - DemoPeriode.FoersteAar;

    /// <summary>The 98 profiles, sorted by kommunekode; a pure function of the seed and the scale.</summary>
    public static IReadOnlyList<DemoKommuneprofil> Byg(ulong seed, IReadOnlyList<Kommune> kommuner, DemoScale scale)
    {
        var regioner = kommuner.Select(k => k.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        var regionLedighed = regioner.Select((_, i) => RegionLedighed(SeededRandom.For(seed, Stroem.Region, (ulong)i))).ToList();
        var befolkningsFaktor = (double)scale.Personer / DemoScale.NationaltAntal;

        var profiler = new List<DemoKommuneprofil>();
        foreach (var kommune in kommuner.OrderBy(k => k.Kommunekode))
        {
            var rng = SeededRandom.For(seed, Stroem.Kommune, (ulong)kommune.Kommunekode);
            var p = new DemoKommuneprofil(kommune);
            var by = Math.Clamp((PortableMath.Log(kommune.Indbyggere) - PortableMath.Log(45_000)) / 0.8, -2.5, 3.0);
            var udsat = rng.Normal();

            double Basis(double centrum, double skala, double wUdsat, double wBy, double min, double max) =>
                Math.Clamp(centrum + skala * (wUdsat * udsat + wBy * by + 0.65 * rng.Normal()), min, max);

            double[] basis =
            [
                Basis(0.22, 0.040, 0.70, -0.25, 0.10, 0.40),
                Basis(0.07, 0.030, 0.55, 0.55, 0.012, 0.25),
                Basis(0.18, 0.060, 0.55, 0.45, 0.02, 0.45),
                Basis(2.00, 0.450, -0.45, 0.35, 0.70, 3.80),
                0, // regional, below
                Basis(0.05, 0.012, 0.60, 0.20, 0.02, 0.10),
            ];
            var drift = basis.Select(_ => 0.015 * rng.Normal()).ToArray();
            var aldersandel = Math.Clamp(0.65 + 0.015 * rng.Normal(), 0.60, 0.70);
            var vaekst = 0.003 + 0.004 * rng.Normal();
            var egenStoej = Rammevilkaarsmodel.KommuneStoej * rng.Normal();
            var region = regionLedighed[regioner.IndexOf(kommune.Region)];

            for (var a = 0; a < DemoPeriode.AntalAar; a++)
            {
                var x = new double[basis.Length];
                for (var v = 0; v < basis.Length; v++)
                {
                    x[v] = v == 4 ? region[a] : basis[v] * (1 + drift[v] * a + 0.008 * rng.Normal());
                }
                p.Variable[a] = x;
                p.Befolkning[a] = Math.Round(kommune.Indbyggere * aldersandel * (1 + vaekst * a) * befolkningsFaktor, 1);
                p.ForventetAndel[a] = Rammevilkaarsmodel.ForventetAndel(x);
                p.Andel[a] = Math.Clamp(p.ForventetAndel[a] + egenStoej + Rammevilkaarsmodel.AarsStoej * rng.Normal(),
                    Rammevilkaarsmodel.MindsteAndel, Rammevilkaarsmodel.StoersteAndel);
            }

            p.Indsatsniveau = 0.15 + 0.83 * PortableMath.Pow(rng.NextDouble(), 0.6);
            p.IndsatsTrend = 0.01 + 0.03 * rng.Normal();
            p.OevoFaktor = 0.4 + 1.4 * rng.NextDouble();
            p.OevoTilpasning2024 = 0.35 + 0.65 * rng.NextDouble();
            p.Samtaleflid = 0.30 + 0.70 * Math.Sqrt(rng.NextDouble());
            profiler.Add(p);
        }
        return profiler;
    }

    private static double[] RegionLedighed(SeededRandom rng)
    {
        double[] landstrend = [0.0, 0.002, 0.004, 0.003];
        var niveau = 0.045 + 0.006 * rng.Normal();
        return landstrend.Select(t => Math.Clamp(niveau + t + 0.001 * rng.Normal(), 0.02, 0.09)).ToArray();
    }
}
