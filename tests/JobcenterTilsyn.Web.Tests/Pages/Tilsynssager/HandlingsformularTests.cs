using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

namespace JobcenterTilsyn.Web.Tests.Pages.Tilsynssager;

public sealed class HandlingsformularTests
{
    [Fact]
    public void Dates_from_the_date_inputs_become_the_actions_dates()
    {
        var formular = new Handlingsformular { Slutdato = "2027-06-30", Begrundelse = "Forlænget" };

        var (handling, fejl) = formular.Byg(Sagshandlingstype.ForlaengGenopretning);

        fejl.Should().BeNull();
        handling.Should().Be(new ForlaengGenopretning(new DateOnly(2027, 6, 30), "Forlænget"));
    }

    [Theory]
    [InlineData("", "Vælg genopretningsperiodens slutdato.")]
    [InlineData("31-12-2026", "'31-12-2026' er ikke en gyldig dato for genopretningsperiodens slutdato.")]
    public void A_missing_or_unreadable_date_is_said_in_danish(string dato, string besked)
    {
        var (handling, fejl) = new Handlingsformular { Slutdato = dato }.Byg(Sagshandlingstype.StartGenopretning);

        handling.Should().BeNull();
        fejl.Should().Be(besked);
    }

    [Fact]
    public void A_blank_remark_on_a_submission_leaves_the_standard_justification_to_the_domain()
    {
        var (handling, _) = new Handlingsformular { Tekst = "Redegørelse", Begrundelse = "  " }.Byg(Sagshandlingstype.IndsendRedegoerelse);

        handling.Should().Be(new IndsendRedegoerelse("Redegørelse", null));
    }

    [Fact]
    public void Only_the_municipalitys_submissions_take_attachments()
    {
        SagshandlingstypeKoder.Alle.Where(Handlingsformular.TilladerBilag)
            .Should().Equal(Sagshandlingstype.IndsendRedegoerelse, Sagshandlingstype.IndsendGenopretningsplan);
    }
}
