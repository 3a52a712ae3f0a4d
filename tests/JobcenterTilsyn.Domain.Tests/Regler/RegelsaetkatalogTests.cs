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

    [Theory]
    [InlineData("2025-07-01", "2025-06", "OEVO-2024", "2025-07", "MAAL-2025")]
    [InlineData("2025-07-15", "2025-06", "OEVO-2024", "2025-07", "MAAL-2025")]
    [InlineData("2025-07-31", "2025-06", "OEVO-2024", "2025-07", "MAAL-2025")]
    [InlineData("2025-08-01", "2025-07", "OEVO-2024", "2025-08", "MAAL-2025")]
    public void An_added_rule_set_applies_from_the_first_month_whose_last_day_it_covers_and_to_that_years_designation(
        string gyldigFra, string foer, string foerNavn, string fra, string fraNavn)
    {
        var katalog = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024,
            Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = D(gyldigFra), GraenseA = 0.75 }]);

        katalog.IKraftFor(M(foer)).Navn.Should().Be(foerNavn);
        katalog.IKraftFor(M(fra)).Navn.Should().Be(fraNavn);
        katalog.IKraftForAar(2025).Navn.Should().Be("MAAL-2025", "31 December 2025 lies after every first day here");
        katalog.IKraftForAar(2024).Navn.Should().Be("OEVO-2024");
    }

    [Fact]
    public void A_scenario_supersedes_the_stored_rule_sets_from_its_first_day_and_leaves_the_catalogue_as_it_was()
    {
        var senere = Regelsaet.Oevo2024 with { Navn = "MAAL-2026", GyldigFra = D("2026-01-01") };
        var gemt = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024, senere]);
        var scenarie = Regelsaet.Oevo2024 with { Navn = "Scenarie", GyldigFra = D("2025-01-01"), OevoTaellerForAlle = true };

        var afloest = gemt.Afloest(scenarie);

        afloest.Alle.Select(r => r.Navn).Should().Equal("LAB-2019", "OEVO-2024", "Scenarie");
        afloest.IKraftFor(M("2024-12")).Navn.Should().Be("OEVO-2024");
        afloest.IKraftFor(M("2026-03")).Navn.Should().Be("Scenarie");
        gemt.Alle.Select(r => r.Navn).Should().Equal("LAB-2019", "OEVO-2024", "MAAL-2026");
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
