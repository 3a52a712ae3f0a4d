using System.Globalization;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Sample;

/// <summary>The sample's 2025 benchmark, computed in memory, against the independently computed expected file.</summary>
public sealed class SampleBenchmarkTests
{
    [Fact]
    public void Benchmark_2025_of_the_sample_matches_the_expected_file()
    {
        var periode = Maaleperiode.Kalenderaar(2025);
        var dage = new Fuldtidsdage();
        foreach (var person in SampleData.Personer())
        {
            Fuldtidsberegning.Tael(person.Perioder, periode, dage);
        }

        var rammer = SampleCsv.Laes(SampleData.Sti("rammevilkaar.csv"));
        var rammevilkaar = rammer.Raekker.Select(r => new Rammevilkaar(
            int.Parse(rammer.Vaerdi(r, "aar"), CultureInfo.InvariantCulture), rammer.Kommunekode(r),
            rammer.Vaerdi(r, "variabel"), double.Parse(rammer.Vaerdi(r, "vaerdi"), CultureInfo.InvariantCulture))).ToList();
        var koder = rammevilkaar.Select(r => r.Kommunekode).Distinct().ToList();
        koder.Should().HaveCount(98);

        var beregnet = new Dictionary<(short, string), Benchmarkposition>();
        foreach (var omraade in new[] { Omraade.Alle, Omraade.Dagpenge, Omraade.Kontanthjaelp, Omraade.Sygedagpenge })
        {
            var obs = koder.Select(k => new Kommuneobservation(k, (double)dage.Dage(k, omraade) / periode.AntalDage)).ToList();
            foreach (var p in Benchmarkberegning.Beregn(omraade, periode, obs, rammevilkaar).Positioner)
            {
                beregnet[(p.Kommunekode, omraade.Kode())] = p;
            }
        }

        var forventet = SampleCsv.Laes(SampleData.Forventet("benchmark_2025.csv"));
        var afvigelser = new List<string>();
        foreach (var r in forventet.Raekker)
        {
            var noegle = (forventet.Kommunekode(r), forventet.Vaerdi(r, "omraade"));
            var p = beregnet[noegle];
            double Tal(string kolonne) => double.Parse(forventet.Vaerdi(r, kolonne), CultureInfo.InvariantCulture);
            void Tjek(string kolonne, double faktisk, double tolerance)
            {
                if (Math.Abs(faktisk - Tal(kolonne)) > tolerance) afvigelser.Add($"{noegle} {kolonne}: {faktisk}, expected {Tal(kolonne)}");
            }

            Tjek("fuldtidspersoner", p.Fuldtidspersoner, 1e-6);
            Tjek("befolkning_16_66", p.Befolkning, 1e-9);
            Tjek("faktisk_andel", p.FaktiskAndel, 1e-7);
            Tjek("forventet_andel", p.ForventetAndel, 1e-7);
            Tjek("residual", p.Residual, 1e-7);
            Tjek("rang", p.Rang, 0);
            Tjek("klynge", p.Klynge, 0);
        }

        afvigelser.Should().BeEmpty();
    }
}
