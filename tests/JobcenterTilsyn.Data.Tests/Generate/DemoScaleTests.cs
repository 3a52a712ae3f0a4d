using JobcenterTilsyn.Cli.Generate;
using JobcenterTilsyn.Data.Reference;

namespace JobcenterTilsyn.Data.Tests.Generate;

/// <summary>The simulated national ×10 set is the national set scaled: ten times the persons and the befolkning, the same shares.</summary>
public sealed class DemoScaleTests
{
    [Fact]
    public void National10_has_ten_times_the_persons_and_befolkning_of_national_in_every_kommune()
    {
        DemoScale.FraNavn("national10").Should().BeSameAs(DemoScale.National10);
        DemoScale.National10.Personer.Should().Be(7_000_000);

        var national = DemoKommuneprofil.Byg(1, KommuneReferencedata.Kommuner, DemoScale.National);
        var gange10 = DemoKommuneprofil.Byg(1, KommuneReferencedata.Kommuner, DemoScale.National10);
        gange10.Select(p => p.Kode).Should().Equal(national.Select(p => p.Kode));
        for (var k = 0; k < national.Count; k++)
        {
            gange10[k].Befolkning.Zip(national[k].Befolkning, (a, b) => a / b).Should().OnlyContain(f => Math.Abs(f - 10) < 0.01, "befolkning is rounded to whole persons");
            gange10[k].Andel.Should().Equal(national[k].Andel, "the shares on benefits stay those of the national set");
        }
    }
}
