using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

public sealed class MaalKoderTests
{
    [Theory]
    [InlineData(Maal.ATilbud12m, "A_tilbud_12m")]
    [InlineData(Maal.BTidligIndsats, "B_tidlig_indsats")]
    [InlineData(Maal.CUdenIndsatsAktivitetsparat, "C_uden_indsats_aktivitetsparat")]
    [InlineData(Maal.DSamtale3m, "D_samtale_3m")]
    public void Each_goal_has_the_export_code_of_the_data_contract(Maal maal, string kode)
    {
        maal.Kode().Should().Be(kode);
    }

    [Fact]
    public void Goals_are_listed_in_the_ordinal_order_of_their_codes()
    {
        MaalKoder.Alle.Select(m => m.Kode()).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCount(4);
    }

    [Fact]
    public void Thresholds_come_from_the_rule_set()
    {
        var r = Regelsaet.Oevo2024 with { GraenseC = 0.1, GraenseB = 0.85 };

        Maal.ATilbud12m.Graense(r).Should().Be(0.70);
        Maal.BTidligIndsats.Graense(r).Should().Be(0.85);
        Maal.CUdenIndsatsAktivitetsparat.Graense(r).Should().Be(0.1);
        Maal.DSamtale3m.Graense(r).Should().BeNull();
    }
}
