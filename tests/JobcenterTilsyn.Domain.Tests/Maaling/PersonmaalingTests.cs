using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;
using JobcenterTilsyn.Domain.Tests.Sample;
using JobcenterTilsyn.Domain.Tid;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Maaling;

public sealed class PersonmaalingTests
{
    private static readonly short[] AlleKoder = [.. Enumerable.Range(0, 1000).Select(i => (short)i)];

    [Fact]
    public void One_call_counts_every_goal_in_every_requested_month()
    {
        // Aktivitetsparat from 2024-01-01, praktik in March 2024, a samtale in May 2025.
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpAktivitetsparat, "2024-01-01", null)
            .Indsats(Indsatstype.Virksomhedspraktik, "2024-03-01", "2024-03-31")
            .Samtale("2025-05-10")
            .Byg();

        var t = Maaler.Tael(person, "2024-06", "2025-06");

        // June 2024: A's window starts 2023-07-01, before the spell; B's e is 2024-06-30; C and D see the praktik / no samtale.
        t.Brok(Maal.ATilbud12m, "2024-06").Should().Be("0/0");
        t.Brok(Maal.BTidligIndsats, "2024-06").Should().Be("1/1");
        t.Brok(Maal.CUdenIndsatsAktivitetsparat, "2024-06").Should().Be("0/1");
        t.Brok(Maal.DSamtale3m, "2024-06").Should().Be("0/1");
        // June 2025: the praktik is before A's window [2024-07-01, 2025-06-30]; no indsats in C's window; the samtale is in D's.
        t.Brok(Maal.ATilbud12m, "2025-06").Should().Be("0/1");
        t.Brok(Maal.BTidligIndsats, "2025-06").Should().Be("0/0");
        t.Brok(Maal.CUdenIndsatsAktivitetsparat, "2025-06").Should().Be("1/1");
        t.Brok(Maal.DSamtale3m, "2025-06").Should().Be("1/1");
    }

    [Fact]
    public void A_person_without_counted_periods_contributes_nothing()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.Sygedagpenge, "2020-01-01", null)
            .Indsats(Indsatstype.Mentor, "2024-01-01", null)
            .Samtale("2025-06-01")
            .Byg();

        var resultater = Maaler.Tael(person, "2025-06").Resultater(AlleKoder, [M("2025-06")], Regelsaetkatalog.Standard);

        resultater.Should().OnlyContain(r => r.Naevner == 0);
    }

    [Fact]
    public void The_same_call_uses_LAB_2019_for_December_2023_and_OEVO_2024_for_January_2024()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2022-01-01", null)
            .Indsats(Indsatstype.Oevo, "2023-06-01", "2023-06-30")
            .Byg();

        var t = Maaler.Tael(person, "2023-12", "2024-01");

        t.Brok(Maal.ATilbud12m, "2023-12").Should().Be("1/1");
        t.Brok(Maal.ATilbud12m, "2024-01").Should().Be("0/1");
    }

    [Fact]
    public void Spells_are_rebuilt_for_a_month_whose_rule_set_counts_other_groups()
    {
        var kunDagpenge = Regelsaet.Oevo2024 with
        {
            Navn = "DAGPENGE-2025",
            GyldigFra = D("2025-01-01"),
            TaelledeGrupper = new HashSet<Ydelsesgruppe> { Ydelsesgruppe.Dagpenge },
        };
        var katalog = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024, kunDagpenge]);
        var person = new PersonBygger().Periode("2024-01-01", null).Samtale("2024-12-01").Byg();

        foreach (var maaneder in new[] { new[] { "2024-12", "2025-01" }, ["2025-01", "2024-12"] })
        {
            var t = Maaler.Tael([person], maaneder, katalog);

            t.Brok(Maal.DSamtale3m, "2024-12").Should().Be("1/1");
            t.Brok(Maal.DSamtale3m, "2025-01").Should().Be("0/0");
        }
    }

    [Fact]
    public void A_month_without_a_rule_set_in_force_is_an_error_and_nothing_is_counted()
    {
        var person = new PersonBygger().Periode("2017-01-01", null).Byg();

        var taelling = new Maaletaelling();

        var tael = () => Personmaaling.Tael(person, [M("2019-06"), M("2018-12")], Regelsaetkatalog.Standard, taelling);

        tael.Should().Throw<InvalidOperationException>().WithMessage("*2018-12-31*");
        taelling.Brok(Maal.DSamtale3m, "2019-06").Should().Be("0/0", "a failed person is not half counted");
    }

    [Fact]
    public void Counting_many_months_in_one_pass_gives_the_same_as_one_month_at_a_time()
    {
        var personer = SampleData.Personer();
        var maaneder = Maaned.Raekke(M("2023-07"), M("2025-06"));
        var samlet = new Maaletaelling();
        var enkeltvis = new Maaletaelling();
        foreach (var person in personer)
        {
            Personmaaling.Tael(person, maaneder, Regelsaetkatalog.Standard, samlet);
            foreach (var maaned in maaneder)
            {
                Personmaaling.Tael(person, [maaned], Regelsaetkatalog.Standard, enkeltvis);
            }
        }

        Tal(samlet, maaneder).Should().Equal(Tal(enkeltvis, maaneder));
        Tal(samlet, maaneder).Sum(r => r.Naevner).Should().BePositive();
    }

    [Fact]
    public void Counts_filled_on_two_threads_and_merged_equal_one_sequential_count()
    {
        var personer = SampleData.Personer();
        var maaneder = new[] { M("2024-12"), M("2025-06") };
        var sekventiel = new Maaletaelling();
        foreach (var person in personer)
        {
            Personmaaling.Tael(person, maaneder, Regelsaetkatalog.Standard, sekventiel);
        }

        var dele = new[] { new Maaletaelling(), new Maaletaelling() };
        Parallel.For(0, 2, del =>
        {
            for (var i = del; i < personer.Count; i += 2)
            {
                Personmaaling.Tael(personer[i], maaneder, Regelsaetkatalog.Standard, dele[del]);
            }
        });
        dele[0].Flet(dele[1]);

        Tal(dele[0], maaneder).Should().Equal(Tal(sekventiel, maaneder));
    }

    private static List<(short, Maal, Maaned, int Taeller, int Naevner)> Tal(Maaletaelling t, IReadOnlyList<Maaned> maaneder) =>
        [.. t.Resultater(AlleKoder, maaneder, Regelsaetkatalog.Standard).Select(r => (r.Kommunekode, r.Maal, r.Maaned, r.Taeller, r.Naevner))];
}
