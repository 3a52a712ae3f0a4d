using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>What the tests ask of a <see cref="Fuldtidsdage"/> that the computation itself never needs.</summary>
internal static class FuldtidsdageUdtraek
{
    /// <summary>The kommunekoder (000–999) that received at least one day in any område.</summary>
    public static IEnumerable<short> KommunerMedDage(this Fuldtidsdage dage) =>
        Enumerable.Range(0, 1000).Select(k => (short)k).Where(k => Enum.GetValues<Omraade>().Any(o => dage.Dage(k, o) != 0));
}
