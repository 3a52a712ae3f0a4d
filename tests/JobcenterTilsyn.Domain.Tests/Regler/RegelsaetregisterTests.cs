using JobcenterTilsyn.Domain.Regler;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Regler;

public sealed class RegelsaetregisterTests
{
    private static readonly DateTimeOffset Tid = new(2025, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private static Regelsaetregister Register(bool oevoBrugt = true) => new([
        new GemtRegelsaet(Regelsaet.Lab2019, Brugt: true, Tid, "system"),
        new GemtRegelsaet(Regelsaet.Oevo2024, Brugt: oevoBrugt, Tid, "system"),
    ]);

    private static Regelsaet Maal2025(string dato = "2025-07-01") =>
        Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = D(dato), GraenseA = 0.75 };

    [Fact]
    public void A_new_rule_set_after_the_latest_used_one_is_accepted()
    {
        Register().Tilfoejelsesfejl(Maal2025(), genberegningBekraeftet: false).Should().BeEmpty();
        Register().KraeverBekraeftelse(Maal2025()).Should().BeFalse();
    }

    [Fact]
    public void A_name_in_use_is_refused_whatever_its_case()
    {
        Register().Tilfoejelsesfejl(Maal2025() with { Navn = "oevo-2024" }, false)
            .Should().ContainSingle().Which.Should().Be("Der findes allerede et regelsæt med navnet 'oevo-2024'.");
    }

    [Fact]
    public void A_first_day_in_use_is_refused()
    {
        Register().Tilfoejelsesfejl(Maal2025("2024-01-01"), genberegningBekraeftet: true)
            .Should().ContainSingle().Which.Should().Contain("'OEVO-2024' gælder allerede fra 01-01-2024");
    }

    [Fact]
    public void A_day_before_the_latest_used_rule_sets_day_needs_the_recomputation_confirmed()
    {
        var tidligt = Maal2025("2023-07-01");

        Register().KraeverBekraeftelse(tidligt).Should().BeTrue();
        Register().Tilfoejelsesfejl(tidligt, genberegningBekraeftet: false)
            .Should().ContainSingle().Which.Should().Contain("ligger før 01-01-2024").And.Contain("Bekræft genberegningen");
        Register().Tilfoejelsesfejl(tidligt, genberegningBekraeftet: true).Should().BeEmpty();
        // Only used rule sets count: before OEVO-2024 is used, 2023-07-01 lies after the latest used one (LAB-2019).
        Register(oevoBrugt: false).KraeverBekraeftelse(tidligt).Should().BeFalse();
    }

    [Fact]
    public void Thresholds_must_lie_in_0_exclusive_to_1_and_a_group_must_count()
    {
        var fejl = Register().Tilfoejelsesfejl(Maal2025() with { GraenseA = 0, GraenseB = 1.01, TaelledeGrupper = new HashSet<Registre.Ydelsesgruppe>() }, false);

        fejl.Should().BeEquivalentTo(
            "Grænsen for A skal ligge over 0 % og højst være 100 %, ikke 0 %.",
            "Grænsen for B skal ligge over 0 % og højst være 100 %, ikke 101 %.",
            "Mindst én ydelsesgruppe skal tælle med i fokusmålene.");
        Register().Tilfoejelsesfejl(Maal2025() with { GraenseA = 1 }, false).Should().BeEmpty("1 (100 %) is allowed");
    }

    [Fact]
    public void A_used_rule_set_cannot_be_edited_or_deleted_an_unused_one_can()
    {
        var register = Register(oevoBrugt: false);

        register.AendringAfvist("LAB-2019").Should().Be(
            "Regelsættet 'LAB-2019' er brugt til gemte tal og kan ikke ændres eller slettes. Tilføj i stedet et nyt regelsæt, der afløser det.");
        register.AendringAfvist("OEVO-2024").Should().BeNull();
        register.AendringAfvist("FINDES-IKKE").Should().Be("Der findes intet regelsæt med navnet 'FINDES-IKKE'.");
        register.SenestBrugteFra.Should().Be(D("2019-01-01"));
    }
}
