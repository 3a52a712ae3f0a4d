using JobcenterTilsyn.Domain.Tilsynssager;
using static JobcenterTilsyn.Domain.Tests.Tilsynssager.Sager;

namespace JobcenterTilsyn.Domain.Tests.Tilsynssager;

public sealed class SagsfristTests
{
    [Fact]
    public void A_deadline_is_overdue_from_the_day_after_while_nothing_is_submitted()
    {
        var sag = Aaben();

        sag.Overskredet(sag.RedegoerelseFrist).Should().BeFalse();
        sag.OverskredneFrister(sag.RedegoerelseFrist.AddDays(1)).Select(f => f.Type).Should().Equal(Fristtype.Redegoerelse);
        sag.OverskredneFrister(sag.PlanFrist.AddDays(1)).Select(f => f.Type).Should().Equal(Fristtype.Redegoerelse, Fristtype.Genopretningsplan);
    }

    [Fact]
    public void A_submitted_redegoerelse_meets_its_deadline()
    {
        var sag = MedRedegoerelse();

        sag.OverskredneFrister(sag.PlanFrist.AddDays(1)).Select(f => f.Type).Should().Equal(Fristtype.Genopretningsplan);
    }

    [Fact]
    public void The_recovery_period_is_overdue_when_it_has_ended_without_a_decision()
    {
        var sag = I(Sagstilstand.Genopretning);
        var efterSlut = new DateOnly(2027, 1, 1);

        sag.Frister.Select(f => f.Navn).Should().Equal("Redegørelse", "Genopretningsplan", "Genopretningsperiodens slut");
        sag.OverskredneFrister(efterSlut).Select(f => f.Type).Should().Equal(Fristtype.GenopretningsperiodensSlut);
        sag.Overskredet(new DateOnly(2026, 12, 31)).Should().BeFalse();

        var underAdministration = Udfoer(sag, Gyldig(Sagshandlingstype.SaetUnderAdministration), Admin).Sag!;
        underAdministration.Overskredet(efterSlut).Should().BeFalse();
    }

    [Fact]
    public void A_closed_case_is_never_overdue()
    {
        var sag = Aaben() with { Tilstand = Sagstilstand.Afsluttet };

        sag.Overskredet(new DateOnly(2030, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void The_deadlines_of_an_ended_case_are_closed_and_only_what_was_received_stays_met()
    {
        var tilbagekaldt = Udfoer(MedRedegoerelse(), Gyldig(Sagshandlingstype.Tilbagekald), Admin).Sag!;

        tilbagekaldt.Frister.Select(f => (f.Type, f.Status)).Should().Equal(
            (Fristtype.Redegoerelse, Friststatus.Opfyldt), (Fristtype.Genopretningsplan, Friststatus.Lukket));

        var afsluttet = I(Sagstilstand.Afsluttet);
        afsluttet.Frister.Select(f => f.Status).Should().Equal(Friststatus.Opfyldt, Friststatus.Opfyldt, Friststatus.Lukket);
        afsluttet.Frister.Should().NotContain(f => f.Type == Fristtype.GenopretningsperiodensSlut && f.Opfyldt,
            "the recovery period of a closed case is closed, not met");
    }

    [Fact]
    public void Under_administration_the_recovery_period_is_decided()
    {
        var sag = I(Sagstilstand.UnderAdministration);

        sag.Frister.Single(f => f.Type == Fristtype.GenopretningsperiodensSlut).Status.Should().Be(Friststatus.Opfyldt);
    }
}
