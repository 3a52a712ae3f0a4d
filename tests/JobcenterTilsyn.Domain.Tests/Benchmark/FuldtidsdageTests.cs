using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

public sealed class FuldtidsdageTests
{
    [Fact]
    public void Days_are_kept_per_kommunekode_and_omraade_and_merged_by_adding()
    {
        var a = new Fuldtidsdage();
        var b = new Fuldtidsdage();
        a.Tilfoej(101, Omraade.Dagpenge, 10);
        a.Tilfoej(101, Omraade.Dagpenge, 5);
        b.Tilfoej(101, Omraade.Dagpenge, 7);
        b.Tilfoej(999, Omraade.Sygedagpenge, 3);

        a.Flet(b);

        a.Dage(101, Omraade.Dagpenge).Should().Be(22);
        a.Dage(101, Omraade.Alle).Should().Be(0);
        a.Dage(999, Omraade.Sygedagpenge).Should().Be(3);
        a.KommunerMedDage().Should().Equal(101, 999);
        b.Dage(101, Omraade.Dagpenge).Should().Be(7, "merging leaves the other untouched");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    public void A_kommunekode_outside_three_digits_is_refused(short kode)
    {
        var act = () => new Fuldtidsdage().Tilfoej(kode, Omraade.Alle, 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
