using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Regler;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Maaling;

public sealed class MaalresultatTests
{
    private static Maalresultat R(Maal maal, int taeller, int naevner, Regelsaet? regelsaet = null) =>
        new(101, maal, M("2025-06"), taeller, naevner, regelsaet ?? Regelsaet.Oevo2024);

    [Fact]
    public void Seven_of_ten_meets_the_A_threshold_of_0_70()
    {
        R(Maal.ATilbud12m, 7, 10).Opfyldt.Should().BeTrue();
        R(Maal.ATilbud12m, 7, 10).Andel.Should().Be(0.7);
        R(Maal.ATilbud12m, 6999, 10000).Opfyldt.Should().BeFalse();
    }

    [Fact]
    public void Eight_of_ten_meets_the_B_threshold_and_seven_of_ten_does_not()
    {
        R(Maal.BTidligIndsats, 8, 10).Opfyldt.Should().BeTrue();
        R(Maal.BTidligIndsats, 7, 10).Opfyldt.Should().BeFalse();
        R(Maal.BTidligIndsats, 7, 10).Graense.Should().Be(0.80);
    }

    [Fact]
    public void Indicators_have_no_threshold_unless_the_rule_set_gives_one()
    {
        R(Maal.CUdenIndsatsAktivitetsparat, 1, 10).Graense.Should().BeNull();
        R(Maal.CUdenIndsatsAktivitetsparat, 1, 10).Opfyldt.Should().BeNull();
        R(Maal.DSamtale3m, 5, 10, Regelsaet.Oevo2024 with { GraenseD = 0.5 }).Opfyldt.Should().BeTrue();
    }

    [Fact]
    public void An_empty_denominator_has_no_share_and_no_verdict()
    {
        R(Maal.ATilbud12m, 0, 0).Andel.Should().BeNull();
        R(Maal.ATilbud12m, 0, 0).Opfyldt.Should().BeNull();
    }
}
