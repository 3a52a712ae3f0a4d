using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Web.Components.Pages.Benchmark;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Tests.Pages.UI;

public sealed class IntervaltekstTests
{
    [Fact]
    public void A_rang_is_shown_with_its_likely_interval_as_the_ministry_words_it()
    {
        Intervaltekst.RangMedInterval(81, 72, 90).Should().Be("rang 81, sandsynligt interval 72–90");
        Intervaltekst.Rang(72, 90).Should().Be("72–90");
    }

    [Fact]
    public void Results_computed_before_intervals_were_stored_show_no_interval()
    {
        Intervaltekst.RangMedInterval(81, null, null).Should().Be("rang 81");
        Intervaltekst.Rang(null, null).Should().Be("–");
        Intervaltekst.Residual(null, 0.1).Should().Be("–");
    }

    [Fact]
    public void A_residual_interval_is_written_in_points()
    {
        Intervaltekst.Residual(-0.003, 0.008).Should().Be($"{Tal.Point(-0.003, 2)} til {Tal.Point(0.008, 2)}");
    }

    [Fact]
    public void Periods_are_named_in_Danish()
    {
        Periodenavne.Navn(Maaleperiode.Kalenderaar(2025)).Should().Be("2025");
        Periodenavne.Navn("2024-07..2025-06").Should().Be("juli 2024 – juni 2025");
    }
}
