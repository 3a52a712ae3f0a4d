using JobcenterTilsyn.Data.Tilsynssager;
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
    public void Only_the_municipalitys_submissions_and_an_outside_document_take_attachments()
    {
        SagshandlingstypeKoder.Alle.Where(Handlingsformular.TilladerBilag)
            .Should().Equal(Sagshandlingstype.IndsendRedegoerelse, Sagshandlingstype.IndsendGenopretningsplan, Sagshandlingstype.RegistrerEksterntDokument);
    }

    [Fact]
    public void Moving_a_deadline_needs_which_one_and_a_readable_date()
    {
        new Handlingsformular { NyFrist = "2026-05-01" }.Byg(Sagshandlingstype.FlytFrist).Fejl.Should().Be("Vælg, hvilken frist der forlænges.");
        new Handlingsformular { Frist = Fristtype.Redegoerelse }.Byg(Sagshandlingstype.FlytFrist).Fejl.Should().Be("Vælg den nye frist.");

        var (handling, fejl) = new Handlingsformular { Frist = Fristtype.Genopretningsplan, NyFrist = "2026-05-01", Begrundelse = "Mere tid" }
            .Byg(Sagshandlingstype.FlytFrist);

        fejl.Should().BeNull();
        handling.Should().Be(new FlytFrist(Fristtype.Genopretningsplan, new DateOnly(2026, 5, 1), "Mere tid"));
    }

    [Fact]
    public void An_outside_document_needs_its_step_and_the_day_it_came()
    {
        new Handlingsformular { Modtaget = "2026-03-01" }.Byg(Sagshandlingstype.RegistrerEksterntDokument).Fejl
            .Should().Be("Vælg, hvilket trin i sagen dokumentet hører til.");
        new Handlingsformular { Trin = Sagstrin.Redegoerelse }.Byg(Sagshandlingstype.RegistrerEksterntDokument).Fejl
            .Should().Be("Vælg datoen, dokumentet blev modtaget.");

        var (handling, _) = new Handlingsformular { Trin = Sagstrin.Redegoerelse, Modtaget = "2026-03-01", Beskrivelse = "Brev", Begrundelse = "Post" }
            .Byg(Sagshandlingstype.RegistrerEksterntDokument);

        handling.Should().Be(new RegistrerEksterntDokument("Brev", new DateOnly(2026, 3, 1), Sagstrin.Redegoerelse, "Post"));
    }

    [Fact]
    public void Withdrawing_and_rejecting_carry_the_typed_justification()
    {
        new Handlingsformular { Begrundelse = "Fejl" }.Byg(Sagshandlingstype.Tilbagekald).Handling.Should().Be(new Tilbagekald("Fejl"));
        new Handlingsformular { Begrundelse = "Uklar" }.Byg(Sagshandlingstype.AfvisPlan).Handling.Should().Be(new AfvisPlan("Uklar"));
        new Handlingsformular { Frist = Fristtype.Redegoerelse }.ErTom.Should().BeFalse("a chosen deadline is something to keep as a draft");
    }

    [Fact]
    public void The_attachment_cap_applies_while_collecting_and_names_are_cleaned()
    {
        var formular = new Handlingsformular();
        var pdf = "%PDF-1.4"u8.ToArray();
        for (var i = 1; i <= Bilagsregler.MaksAntalPrIndsendelse; i++)
            formular.TilfoejBilag(new NytBilag($"bilag{i}\u202E.pdf", "application/pdf", pdf)).Should().BeNull();

        var fejl = formular.TilfoejBilag(new NytBilag("nummer11.pdf", "application/pdf", pdf));

        fejl.Should().Be("Der kan højst vedhæftes 10 filer pr. indsendelse, så 'nummer11.pdf' er ikke vedhæftet.");
        formular.Bilag.Should().HaveCount(10);
        formular.BilagErFulde.Should().BeTrue();
        formular.Bilag.Select(b => b.Filnavn).Should().Equal(Enumerable.Range(1, 10).Select(i => $"bilag{i}.pdf"));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_not_collected()
    {
        var formular = new Handlingsformular();

        formular.TilfoejBilag(new NytBilag("plan.pdf", "application/pdf", "MZ"u8.ToArray())).Should().Contain("ikke en PDF-fil");

        formular.Bilag.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "Plads til 50.000 tegn mere (højst 50.000).")]
    [InlineData(49_999, "Plads til 1 tegn mere (højst 50.000).")]
    [InlineData(50_002, "2 tegn for meget (højst 50.000).")]
    public void The_remaining_length_is_shown_in_danish(int laengde, string tekst)
    {
        Handlingsformular.Restlaengde(new string('x', laengde)).Should().Be(tekst);
    }
}
