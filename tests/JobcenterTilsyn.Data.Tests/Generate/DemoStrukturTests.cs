using JobcenterTilsyn.Domain.Registre;
using G = JobcenterTilsyn.Domain.Registre.Ydelsesgruppe;

namespace JobcenterTilsyn.Data.Tests.Generate;

public sealed class DemoStrukturTests(SmaaDemoData demo) : IClassFixture<SmaaDemoData>
{
    private IEnumerable<List<Ydelsesperiode>> Personer =>
        demo.Data.Perioder.GroupBy(p => p.PersonId).Select(g => g.OrderBy(p => p.Start).ToList());

    /// <summary>Uncovered days between consecutive periods of each person (negative: overlap).</summary>
    private IEnumerable<int> Mellemrum => Personer.SelectMany(pp => pp.Zip(pp.Skip(1))
        .Where(par => par.First.Slut is not null)
        .Select(par => par.Second.Start.DayNumber - par.First.Slut!.Value.DayNumber - 1));

    [Fact]
    public void There_are_gaps_of_exactly_14_and_15_days_adjacent_periods_overlaps_and_long_breaks()
    {
        var mellemrum = Mellemrum.ToList();
        mellemrum.Should().Contain(14).And.Contain(15).And.Contain(0);
        mellemrum.Should().Contain(m => m < 0, "periods may overlap");
        mellemrum.Should().Contain(m => m > 1 && m < 14);
        mellemrum.Should().Contain(m => m > 180, "persons come back after long breaks");
    }

    [Fact]
    public void A_few_percent_of_persons_move_between_kommuner()
    {
        var personer = Personer.ToList();
        var flyttere = personer.Count(pp => pp.Select(p => p.Kommunekode).Distinct().Count() > 1);

        ((double)flyttere / personer.Count).Should().BeInRange(0.01, 0.08);
    }

    [Fact]
    public void Ongoing_benefits_and_offers_have_open_end_dates()
    {
        demo.Data.Perioder.Count(p => p.Slut is null).Should().BeGreaterThan(demo.Data.Perioder.Count / 20);
        demo.Data.Indsatser.Should().Contain(i => i.Slut == null);
        demo.Data.Perioder.Where(p => p.Slut is not null).Should().OnlyContain(p => p.Slut <= new DateOnly(2025, 12, 31));
        demo.Data.Perioder.Should().OnlyContain(p => p.Start <= new DateOnly(2025, 12, 31) && (p.Slut == null || p.Slut >= new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void Every_group_and_every_offer_type_occurs()
    {
        demo.Data.Perioder.Select(p => p.Gruppe).Distinct().Should().BeEquivalentTo(Enum.GetValues<G>());
        demo.Data.Indsatser.Select(i => i.Type).Distinct().Should().BeEquivalentTo(Enum.GetValues<Indsatstype>());
        demo.Data.Perioder.Count(p => !DemoOverslag.Talt(p.Gruppe)).Should().BeGreaterThan(demo.Data.Perioder.Count / 10,
            "groups outside fokusmål are part of the extract");
    }

    [Theory]
    [InlineData(G.KontanthjaelpJobparat, G.KontanthjaelpAktivitetsparat)]
    [InlineData(G.KontanthjaelpAktivitetsparat, G.KontanthjaelpJobparat)]
    [InlineData(G.KontanthjaelpAktivitetsparat, G.Ressourceforloeb)]
    [InlineData(G.Dagpenge, G.KontanthjaelpJobparat)]
    [InlineData(G.Sygedagpenge, G.Jobafklaring)]
    [InlineData(G.UddannelseshjaelpUddannelsesparat, G.UddannelseshjaelpAktivitetsparat)]
    public void Persons_change_group(G fra, G til)
    {
        Personer.Should().Contain(pp => pp.Zip(pp.Skip(1)).Any(par => par.First.Gruppe == fra && par.Second.Gruppe == til));
    }

    [Fact]
    public void Some_persons_get_only_oevo_and_some_get_a_mentor()
    {
        var perPerson = demo.Data.Indsatser.GroupBy(i => i.PersonId).ToList();

        perPerson.Count(g => g.All(i => i.Type == Indsatstype.Oevo)).Should().BeGreaterThan(20);
        perPerson.Count(g => g.Any(i => i.Type == Indsatstype.Mentor)).Should().BeGreaterThan(20);
    }

    [Fact]
    public void Offers_are_mostly_given_by_a_kommune_the_person_belongs_to()
    {
        var kommunerAfPerson = demo.Data.Perioder.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.Select(p => p.Kommunekode).ToHashSet());
        var egne = demo.Data.Indsatser.Count(i => kommunerAfPerson[i.PersonId].Contains(i.Kommunekode));

        ((double)egne / demo.Data.Indsatser.Count).Should().BeInRange(0.9, 0.995);
    }

    [Fact]
    public void Offers_have_realistic_durations()
    {
        foreach (var g in demo.Data.Indsatser.Where(i => i.Slut is not null).GroupBy(i => i.Type))
        {
            var dage = g.Select(i => i.Slut!.Value.DayNumber - i.Start.DayNumber + 1).Order().ToList();
            var median = dage[dage.Count / 2];
            median.Should().BeInRange(g.Key switch
            {
                Indsatstype.Oevo => 7,
                Indsatstype.OrdinaerUddannelse => 10,
                _ => 14,
            }, 365, g.Key.ToString());
            dage.Max().Should().BeLessThanOrEqualTo(730);
        }
    }

    [Fact]
    public void Conversations_are_held_every_one_to_three_months_during_counted_spells()
    {
        var intervaller = demo.Data.Samtaler.GroupBy(s => s.PersonId)
            .SelectMany(g => g.Select(s => s.Dato.DayNumber).Order().Pairwise())
            .Where(d => d > 0 && d < 200).Order().ToList();
        var median = intervaller[intervaller.Count / 2];

        median.Should().BeInRange(25, 95);
        demo.Data.Samtaler.Should().OnlyContain(s => s.Dato <= new DateOnly(2025, 12, 31));
    }
}

internal static class DemoSekvens
{
    public static IEnumerable<int> Pairwise(this IEnumerable<int> dage) => dage.Zip(dage.Skip(1), (a, b) => b - a);
}
