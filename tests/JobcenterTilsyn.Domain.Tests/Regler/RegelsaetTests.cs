using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Regler;

public sealed class RegelsaetTests
{
    [Fact]
    public void LAB_2019_counts_OEVO_for_everybody_from_2019()
    {
        var r = Regelsaet.Lab2019;

        r.Navn.Should().Be("LAB-2019");
        r.GyldigFra.Should().Be(D("2019-01-01"));
        r.OevoTaellerForAlle.Should().BeTrue();
        r.GraenseA.Should().Be(0.70);
        r.GraenseB.Should().Be(0.80);
        r.GraenseC.Should().BeNull();
        r.GraenseD.Should().BeNull();
        r.BroDage.Should().Be(14);
        r.ResultatAndel.Should().Be(0.20);
    }

    [Fact]
    public void OEVO_2024_counts_OEVO_only_under_the_uddannelseshjaelp_exception_from_2024()
    {
        var r = Regelsaet.Oevo2024;

        r.Navn.Should().Be("OEVO-2024");
        r.GyldigFra.Should().Be(D("2024-01-01"));
        r.OevoTaellerForAlle.Should().BeFalse();
        r.UddannelseshjaelpUndtagelse.Should().BeTrue();
        r.GraenseA.Should().Be(0.70);
        r.GraenseB.Should().Be(0.80);
        r.BroDage.Should().Be(14);
        r.ResultatAndel.Should().Be(0.20);
    }

    [Theory]
    [InlineData(Ydelsesgruppe.Dagpenge, true)]
    [InlineData(Ydelsesgruppe.KontanthjaelpJobparat, true)]
    [InlineData(Ydelsesgruppe.KontanthjaelpAktivitetsparat, true)]
    [InlineData(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, true)]
    [InlineData(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, true)]
    [InlineData(Ydelsesgruppe.Selvforsoergelse, true)]
    [InlineData(Ydelsesgruppe.Ressourceforloeb, false)]
    [InlineData(Ydelsesgruppe.Sygedagpenge, false)]
    [InlineData(Ydelsesgruppe.Jobafklaring, false)]
    [InlineData(Ydelsesgruppe.Ledighedsydelse, false)]
    [InlineData(Ydelsesgruppe.Revalidering, false)]
    [InlineData(Ydelsesgruppe.Fleksjob, false)]
    [InlineData(Ydelsesgruppe.Foertidspension, false)]
    public void By_default_the_six_groups_of_the_data_contract_count_in_fokusmaal(Ydelsesgruppe gruppe, bool taeller)
    {
        Regelsaet.Lab2019.Taeller(gruppe).Should().Be(taeller);
        Regelsaet.Oevo2024.Taeller(gruppe).Should().Be(taeller);
        Regelsaet.Oevo2024.TaelledeGrupper.Contains(gruppe).Should().Be(taeller);
    }

    [Fact]
    public void Counted_groups_can_be_changed_and_are_copied()
    {
        var grupper = new HashSet<Ydelsesgruppe> { Ydelsesgruppe.Dagpenge };
        var r = Regelsaet.Oevo2024 with { Navn = "X", TaelledeGrupper = grupper };
        grupper.Add(Ydelsesgruppe.Sygedagpenge);

        r.Taeller(Ydelsesgruppe.Dagpenge).Should().BeTrue();
        r.Taeller(Ydelsesgruppe.Sygedagpenge).Should().BeFalse();
        r.Taeller(Ydelsesgruppe.KontanthjaelpJobparat).Should().BeFalse();
    }

    [Fact]
    public void Rule_sets_are_equal_by_value_including_their_groups()
    {
        var a = Regelsaet.Oevo2024 with { TaelledeGrupper = new HashSet<Ydelsesgruppe>(Regelsaet.StandardTaelledeGrupper) };

        a.Should().Be(Regelsaet.Oevo2024);
        a.GetHashCode().Should().Be(Regelsaet.Oevo2024.GetHashCode());
        (a with { GraenseA = 0.75 }).Should().NotBe(Regelsaet.Oevo2024);
        (a with { TaelledeGrupper = new HashSet<Ydelsesgruppe> { Ydelsesgruppe.Dagpenge } }).Should().NotBe(Regelsaet.Oevo2024);
    }

    [Fact]
    public void Spell_rules_are_the_same_when_groups_and_bridged_gap_are()
    {
        Regelsaet.Lab2019.SammeForloebsregler(Regelsaet.Oevo2024).Should().BeTrue();
        Regelsaet.Lab2019.SammeForloebsregler(Regelsaet.Lab2019 with { BroDage = 7 }).Should().BeFalse();
        Regelsaet.Lab2019.SammeForloebsregler(Regelsaet.Lab2019 with
        {
            TaelledeGrupper = new HashSet<Ydelsesgruppe> { Ydelsesgruppe.Dagpenge },
        }).Should().BeFalse();
    }

    [Fact]
    public void The_shipped_rule_sets_are_valid_and_nonsense_is_reported_in_Danish()
    {
        Regelsaet.Lab2019.Valideringsfejl().Should().BeEmpty();
        Regelsaet.Oevo2024.Valideringsfejl().Should().BeEmpty();

        var daarligt = Regelsaet.Oevo2024 with
        {
            Navn = " ",
            GraenseA = 1.5,
            GraenseC = -0.1,
            BroDage = -1,
            ResultatAndel = 0,
            TaelledeGrupper = new HashSet<Ydelsesgruppe>(),
        };

        daarligt.Valideringsfejl().Should().HaveCount(6).And.Contain("Regelsættet skal have et navn.");
    }
}
