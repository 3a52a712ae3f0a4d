using System.Diagnostics;
using System.Globalization;
using JobcenterTilsyn.Data.Reference;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Writes a deterministic synthetic data set in the format of data-contract.md: ydelsesforloeb.csv,
/// indsatser.csv, samtaler.csv and rammevilkaar.csv for all 98 kommuner. The same seed and scale give
/// byte-identical files. Persons are generated and written one at a time, so memory stays flat.
/// The model is described in docs/demo-data.md.
/// </summary>
public static class DemoDataGenerator
{
    private const double CprAndel = 0.05;
    private const double FlytteAndel = 0.04;
    private const double KunOevoAndel = 0.04;
    private const int MaksForsoeg = 50;

    public static DemoDataSummary Generer(string mappe, ulong seed, DemoScale scale, CancellationToken ct = default)
    {
        var ur = Stopwatch.StartNew();
        Directory.CreateDirectory(mappe);
        var profiler = DemoKommuneprofil.Byg(seed, KommuneReferencedata.Kommuner, scale);
        var indeksAfKode = new int[1000];
        var profilAfKode = new DemoKommuneprofil?[1000];
        for (var i = 0; i < profiler.Count; i++)
        {
            indeksAfKode[profiler[i].Kode] = i;
            profilAfKode[profiler[i].Kode] = profiler[i];
        }
        var regionAfKode = new short[1000][];
        foreach (var gruppe in profiler.GroupBy(p => p.Kommune.Region, StringComparer.Ordinal))
        {
            var koder = gruppe.Select(p => p.Kode).ToArray();
            foreach (var kode in koder) regionAfKode[kode] = koder;
        }

        var kommuneAfPerson = FordelPersoner(seed, profiler, scale);
        var regnskab = new FuldtidsRegnskab(profiler.Count);
        var indsatser = new IndsatsGenerator(profilAfKode, regionAfKode);
        var cprNumre = new CprNumre();
        var id = new PersonIdent();
        var perioder = new List<GenPeriode>();
        var cprPersoner = 0;
        var vindueStart = DemoPeriode.Dag(DemoPeriode.VindueStart);
        var historikStart = DemoPeriode.Dag(DemoPeriode.HistorikStart);
        Func<short, int> indeks = kode => indeksAfKode[kode];
        var udsathed = profiler.Select(p => Math.Clamp(Sum(p.Andel) / p.Andel.Length / Rammevilkaarsmodel.TypiskAndel, 0.5, 2.0)).ToArray();

        long ydelser, tilbud, samtaler;
        using (var ud = new DemoCsvSkriver(mappe))
        {
            for (var i = 0; i < kommuneAfPerson.Length; i++)
            {
                if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
                var profil = profiler[kommuneAfPerson[i]];
                var personUdsathed = udsathed[kommuneAfPerson[i]];
                var rng = SeededRandom.For(seed, Stroem.Person, (ulong)i);
                var alder = rng.NextDouble() switch { < 0.30 => rng.Between(16, 29), < 0.70 => rng.Between(30, 49), _ => rng.Between(50, 64) };

                // A career that ended before 2022 is not in the extract: draw again (conditioning on being in it).
                var t0 = Indgangsdag(rng, profil, foersteAar: DemoPeriode.FoersteIndgangsaar);
                PersonForloeb.Generer(rng, profil.Kode, alder, t0, personUdsathed, perioder);
                for (var forsoeg = 0; SlutterFoer(perioder, vindueStart); forsoeg++)
                {
                    t0 = Indgangsdag(rng, profil, foersteAar: forsoeg < MaksForsoeg ? DemoPeriode.FoersteIndgangsaar : DemoPeriode.FoersteAar);
                    PersonForloeb.Generer(rng, profil.Kode, alder, t0, personUdsathed, perioder);
                }
                if (rng.Chance(FlytteAndel))
                {
                    var region = regionAfKode[profil.Kode];
                    var ny = rng.Chance(0.7) ? region[rng.Next(region.Length)] : profiler[rng.Next(profiler.Count)].Kode;
                    if (ny != profil.Kode) PersonForloeb.Flyt(rng, perioder, ny);
                }
                perioder.RemoveAll(p => p.Slut < historikStart);

                if (rng.Chance(CprAndel))
                {
                    cprPersoner++;
                    var foedselsdag = DemoPeriode.Dato(t0 - alder * 365 - rng.Between(0, 364));
                    var cpr = cprNumre.Ny(SeededRandom.For(seed, Stroem.Cpr, (ulong)i), foedselsdag);
                    var form = rng.NextDouble();
                    if (form < 0.55) id.Saet(CprNumre.MedBindestreg(cpr), null, true, rng);
                    else if (form < 0.90) id.Saet(cpr, null, true, rng);
                    else id.Saet(CprNumre.MedBindestreg(cpr), cpr, true, rng);
                }
                else
                {
                    id.Saet("p" + (i + 1).ToString("D7", CultureInfo.InvariantCulture), null, false, rng);
                }

                foreach (var p in perioder) ud.Ydelse(id.Naeste(), p.Kommune, p.Gruppe, p.Start, p.Slut);
                indsatser.Generer(rng, id, perioder, kunOevo: rng.Chance(KunOevoAndel), ud);
                regnskab.Tilfoej(perioder, indeks);
            }
            ydelser = ud.YdelsesRaekker;
            tilbud = ud.IndsatsRaekker;
            samtaler = ud.SamtaleRaekker;
        }

        var (rammeRaekker, andel) = RammevilkaarSkriver.Skriv(Path.Combine(mappe, DemoCsvSkriver.RammevilkaarFil), profiler, regnskab, scale);
        return new DemoDataSummary(mappe, scale, seed, kommuneAfPerson.Length, cprPersoner, ydelser, tilbud, samtaler,
            rammeRaekker, andel, ur.Elapsed);
    }

    /// <summary>
    /// The kommune of every person, shuffled: persons ∝ befolkning × the model share, with a floor per
    /// kommune for small sets (largest-remainder rounding, so the total is exact).
    /// </summary>
    internal static short[] FordelPersoner(ulong seed, IReadOnlyList<DemoKommuneprofil> profiler, DemoScale scale)
    {
        var vaegte = profiler.Select(p => Sum(Enumerable.Range(0, DemoPeriode.AntalAar).Select(a => p.Befolkning[a] * p.Andel[a]))).ToArray();
        var gulv = Math.Min(scale.MindstPrKommune, scale.Personer / profiler.Count);
        var rest = scale.Personer - gulv * profiler.Count;
        var sum = Sum(vaegte);
        var antal = new int[profiler.Count];
        var broeker = new (double Brok, int Indeks)[profiler.Count];
        for (var k = 0; k < profiler.Count; k++)
        {
            var andel = rest * vaegte[k] / sum;
            antal[k] = gulv + (int)Math.Floor(andel);
            broeker[k] = (andel - Math.Floor(andel), k);
        }
        var mangler = scale.Personer - antal.Sum();
        foreach (var (_, k) in broeker.OrderByDescending(b => b.Brok).ThenBy(b => b.Indeks).Take(mangler)) antal[k]++;

        var kommuneAfPerson = new short[scale.Personer];
        var n = 0;
        for (var k = 0; k < antal.Length; k++)
        {
            for (var j = 0; j < antal[k]; j++) kommuneAfPerson[n++] = (short)k;
        }
        var rng = SeededRandom.For(seed, Stroem.Fordeling, 0);
        for (var i = kommuneAfPerson.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (kommuneAfPerson[i], kommuneAfPerson[j]) = (kommuneAfPerson[j], kommuneAfPerson[i]);
        }
        return kommuneAfPerson;
    }

    /// <summary>
    /// The first day of a person's first period, from 1 January of <paramref name="foersteAar"/> to mid-December
    /// 2025; a year weighs with the kommune's share that year (years before 2022 with that of 2022).
    /// </summary>
    private static int Indgangsdag(SeededRandom rng, DemoKommuneprofil profil, int foersteAar)
    {
        Span<double> vaegte = stackalloc double[DemoPeriode.SidsteAar - foersteAar + 1];
        for (var i = 0; i < vaegte.Length; i++) vaegte[i] = profil.Andel[DemoKommuneprofil.AarIndeks(foersteAar + i)];
        var aar = foersteAar + rng.Pick(vaegte);
        var til = new DateOnly(aar, 12, aar == DemoPeriode.SidsteAar ? 15 : 31);
        return rng.Between(new DateOnly(aar, 1, 1).DayNumber, til.DayNumber);
    }

    /// <summary>A plain left-to-right sum: LINQ may vectorise and so reorder floating-point additions.</summary>
    private static double Sum(IEnumerable<double> tal)
    {
        var sum = 0.0;
        foreach (var x in tal) sum += x;
        return sum;
    }

    private static bool SlutterFoer(List<GenPeriode> perioder, int dag) => perioder.TrueForAll(p => p.Slut < dag);
}
