using System.Globalization;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>
/// Query parameters are read as text and parsed here, so a malformed one is a 400 problem naming the parameter
/// (the <c>errors</c> member maps it to the message) rather than a bare binding failure.
/// </summary>
public static class Parametre
{
    public static IResult Ugyldig(string parameter, string? vaerdi, string forventet) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [$"'{parameter}' must be {forventet}; got '{vaerdi}'."] },
            title: "Invalid parameter",
            detail: $"'{parameter}' must be {forventet}; got '{vaerdi}'.");

    public static IResult IkkeFundet(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Forbudt(string detail) =>
        TypedResults.Problem(title: "Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>An optional whole number within [min, max]; missing gives <paramref name="standard"/>.</summary>
    public static bool Heltal(string? tekst, int standard, int min, int max, out int vaerdi)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            vaerdi = standard;
            return true;
        }
        return int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out vaerdi) && vaerdi >= min && vaerdi <= max;
    }

    public static bool Aar(string? tekst, out int aar, out IResult? problem)
    {
        problem = Maaleperiode.TryParseAar(tekst, out aar) ? null : Ugyldig("year", tekst, "a year YYYY");
        return problem is null;
    }

    /// <summary>A benchmark period: exactly one of <c>year</c> (YYYY) and <c>period</c> (YYYY-MM..YYYY-MM, rolling).</summary>
    public static bool Periode(string? year, string? period, out Maaleperiode periode, out IResult? problem)
    {
        var ok = Maaleperiode.TryParseAarEllerPeriode(year, period, out periode, out var fejl);
        problem = ok ? null : Ugyldig(fejl!.Value.Parameter, fejl.Value.Parameter == "year" ? year : period, fejl.Value.Forventet);
        return ok;
    }

    public static bool Maaned(string? tekst, out Maaned maaned, out IResult? problem)
    {
        problem = Domain.Tid.Maaned.TryParse(tekst, out maaned) ? null : Ugyldig("month", tekst, "a month YYYY-MM");
        return problem is null;
    }

    /// <summary>An optional municipality code (3 digits).</summary>
    public static bool Kommune(string? tekst, out short? kommune, out IResult? problem)
    {
        kommune = null;
        problem = null;
        if (string.IsNullOrEmpty(tekst)) return true;
        if (short.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var kode) && kode is >= 100 and <= 999)
        {
            kommune = kode;
            return true;
        }
        problem = Ugyldig("kommunekode", tekst, "a municipality code of three digits");
        return false;
    }
}
