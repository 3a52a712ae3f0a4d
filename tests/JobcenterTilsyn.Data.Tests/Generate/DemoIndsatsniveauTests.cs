using JobcenterTilsyn.Cli.Generate;
using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Tests.Generate;

public sealed class DemoIndsatsniveauTests(SmaaDemoData demo) : IClassFixture<SmaaDemoData>
{
    [Fact]
    public void The_share_of_counted_persons_with_an_offer_differs_materially_across_kommuner_and_follows_the_effort_level()
    {
        var profiler = DemoKommuneprofil.Byg(SmaaDemoData.Seed, KommuneReferencedata.Kommuner, DemoScale.Small).ToDictionary(p => p.Kode);
        var medTilbud = demo.Data.Indsatser.Where(i => i.Type is not (Indsatstype.Oevo or Indsatstype.Mentor)).Select(i => i.PersonId).ToHashSet();
        var andele = demo.Data.Perioder.Where(p => DemoOverslag.Talt(p.Gruppe))
            .GroupBy(p => p.PersonId).Select(g => (Kommune: g.OrderBy(p => p.Start).First().Kommunekode, Tilbud: medTilbud.Contains(g.Key)))
            .GroupBy(p => p.Kommune).Where(g => g.Count() >= 20)
            .Select(g => (Andel: g.Count(p => p.Tilbud) / (double)g.Count(), Niveau: profiler[g.Key].Indsatsniveau)).ToList();

        andele.Should().HaveCountGreaterThan(30);
        (andele.Max(a => a.Andel) - andele.Min(a => a.Andel)).Should().BeGreaterThan(0.3);
        Ols.Korrelation(andele.Select(a => a.Niveau).ToList(), andele.Select(a => a.Andel).ToList()).Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void Some_kommuner_meet_focus_goals_A_and_B_and_some_clearly_miss_them()
    {
        foreach (var (maal, graense) in new[] { ("A", 0.70), ("B", 0.80) })
        {
            var puljet = new Dictionary<short, (int T, int N)>();
            foreach (var aar in new[] { 2022, 2023, 2024, 2025 })
            {
                foreach (var (k, (t, n)) in maal == "A" ? demo.Overslag.MaalA(aar) : demo.Overslag.MaalB(aar))
                {
                    var (t0, n0) = puljet.GetValueOrDefault(k);
                    puljet[k] = (t0 + t, n0 + n);
                }
            }
            var andele = puljet.Values.Where(v => v.N >= 10).Select(v => (double)v.T / v.N).ToList();

            andele.Should().HaveCountGreaterThan(30, maal);
            andele.Count(a => a >= graense).Should().BeGreaterThanOrEqualTo(5, $"some kommuner meet goal {maal}");
            andele.Count(a => a < graense - 0.15).Should().BeGreaterThanOrEqualTo(5, $"some kommuner clearly miss goal {maal}");
        }
    }

    [Fact]
    public void Kommuner_differ_in_how_often_they_hold_conversations()
    {
        var profiler = DemoKommuneprofil.Byg(SmaaDemoData.Seed, KommuneReferencedata.Kommuner, DemoScale.Small).ToDictionary(p => p.Kode);
        var interval = demo.Data.Samtaler.GroupBy(s => (s.PersonId, s.Kommunekode))
            .SelectMany(g => g.Select(s => s.Dato.DayNumber).Order().Pairwise().Where(d => d is > 0 and < 200).Select(d => (g.Key.Kommunekode, Dage: d)))
            .GroupBy(x => x.Kommunekode).Where(g => g.Count() >= 30)
            .Select(g => (Flid: profiler[g.Key].Samtaleflid, Middel: g.Average(x => x.Dage))).ToList();

        Ols.Korrelation(interval.Select(i => i.Flid).ToList(), interval.Select(i => i.Middel).ToList()).Should().BeLessThan(-0.5);
    }
}
