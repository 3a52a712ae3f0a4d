using JobcenterTilsyn.Domain.Regler;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Regler;

public sealed class RegelsaetkatalogTests
{
    private static readonly Regelsaetkatalog Standard = Regelsaetkatalog.Standard;

    [Theory]
    [InlineData("2019-01-01", "LAB-2019")]
    [InlineData("2023-12-31", "LAB-2019")]
    [InlineData("2024-01-01", "OEVO-2024")]
    [InlineData("2030-06-15", "OEVO-2024")]
    public void The_rule_set_in_force_is_the_latest_that_started_on_or_before_the_day(string dag, string navn) =>
        Standard.IKraft(D(dag)).Navn.Should().Be(navn);

    [Fact]
    public void No_rule_set_before_the_first_is_a_clear_error()
    {
        var foer = () => Standard.IKraft(D("2018-12-31"));

        foer.Should().Throw<InvalidOperationException>()
            .WithMessage("No rule set is in force on 2018-12-31*'LAB-2019'*2019-01-01*");
    }

    [Fact]
    public void A_month_is_measured_under_the_rule_set_in_force_on_its_last_day()
    {
        Standard.IKraftFor(M("2023-12")).Should().BeSameAs(Regelsaet.Lab2019);
        Standard.IKraftFor(M("2024-01")).Should().BeSameAs(Regelsaet.Oevo2024);

        var midt = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024 with { GyldigFra = D("2024-01-31") }]);
        midt.IKraftFor(M("2024-01")).Navn.Should().Be("OEVO-2024");
        midt.IKraft(D("2024-01-30")).Navn.Should().Be("LAB-2019");
    }

    [Fact]
    public void A_year_is_designated_under_the_rule_set_in_force_on_31_December()
    {
        Standard.IKraftForAar(2023).Should().BeSameAs(Regelsaet.Lab2019);
        Standard.IKraftForAar(2024).Should().BeSameAs(Regelsaet.Oevo2024);

        var decemberskift = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024 with { GyldigFra = D("2023-12-31") }]);
        decemberskift.IKraftForAar(2023).Navn.Should().Be("OEVO-2024");
    }

    [Fact]
    public void Rule_sets_are_kept_in_order_of_their_first_day()
    {
        var katalog = new Regelsaetkatalog([Regelsaet.Oevo2024, Regelsaet.Lab2019]);

        katalog.Alle.Select(r => r.Navn).Should().Equal("LAB-2019", "OEVO-2024");
        katalog.IKraft(D("2023-06-01")).Navn.Should().Be("LAB-2019");
    }

    [Fact]
    public void Two_rule_sets_starting_the_same_day_are_ambiguous_and_refused()
    {
        var byg = () => new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024 with { GyldigFra = D("2019-01-01") }]);

        byg.Should().Throw<ArgumentException>().WithMessage("*'LAB-2019'*'OEVO-2024'*2019-01-01*");
    }

    [Fact]
    public void Duplicate_names_empty_catalogues_and_invalid_rule_sets_are_refused()
    {
        var dobbeltnavn = () => new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Lab2019 with { GyldigFra = D("2020-01-01") }]);
        var tom = () => new Regelsaetkatalog([]);
        var ugyldig = () => new Regelsaetkatalog([Regelsaet.Lab2019 with { GraenseB = 80 }]);

        dobbeltnavn.Should().Throw<ArgumentException>().WithMessage("*'LAB-2019'*");
        tom.Should().Throw<ArgumentException>();
        ugyldig.Should().Throw<ArgumentException>().WithMessage("*'LAB-2019'*Grænsen for B*");
    }
}
