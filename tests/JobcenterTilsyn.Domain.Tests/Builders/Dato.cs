using System.Globalization;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Tests.Builders;

/// <summary>Short ISO literals for hand-worked timelines.</summary>
internal static class Dato
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Maaned M(string maaned) => Maaned.Parse(maaned);
}
