using System.Globalization;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>Small builders for one person's periods and the days they give.</summary>
internal static class Tidslinje
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A period of person "p1"; <paramref name="slut"/> null is an open end.</summary>
    public static Ydelsesperiode P(short kommunekode, Ydelsesgruppe gruppe, string start, string? slut) =>
        new("p1", kommunekode, gruppe, D(start), slut is null ? null : D(slut));

    public static Fuldtidsdage Tael(Maaleperiode periode, params Ydelsesperiode[] perioder)
    {
        var dage = new Fuldtidsdage();
        Fuldtidsberegning.Tael(perioder, periode, dage);
        return dage;
    }
}
