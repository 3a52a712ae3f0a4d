using System.Globalization;

namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// The period a benchmark measures (inclusive days): a calendar year, or a rolling 12 months ending at a
/// half-year as the ministry publishes them.
/// </summary>
public readonly record struct Maaleperiode
{
    public Maaleperiode(DateOnly fra, DateOnly til)
    {
        if (til < fra) throw new ArgumentException($"The period {fra:yyyy-MM-dd}..{til:yyyy-MM-dd} ends before it starts.");
        Fra = fra;
        Til = til;
    }

    public DateOnly Fra { get; }

    public DateOnly Til { get; }

    public int AntalDage => Til.DayNumber - Fra.DayNumber + 1;

    public bool ErKalenderaar => Fra.Month == 1 && Fra.Day == 1 && Til == new DateOnly(Fra.Year, 12, 31);

    /// <summary>The year whose framework conditions apply: the year the period ends in.</summary>
    public int Rammevilkaarsaar => Til.Year;

    public static Maaleperiode Kalenderaar(int aar) => new(new DateOnly(aar, 1, 1), new DateOnly(aar, 12, 31));

    /// <summary>Parses a calendar year "YYYY" (1900–2999).</summary>
    public static bool TryParseAar(string? tekst, out int aar) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out aar) && tekst!.Length == 4 && aar is >= 1900 and <= 2999;

    /// <summary>The 12 months ending with the month <paramref name="slutAar"/>-<paramref name="slutMaaned"/>, which must end a half-year (6 or 12).</summary>
    public static Maaleperiode Rullende(int slutAar, int slutMaaned)
    {
        if (slutMaaned is not (6 or 12)) throw new ArgumentException($"A rolling period ends at a half-year (June or December), not in month {slutMaaned}.");
        var foersteMaaned = new DateOnly(slutAar, slutMaaned, 1).AddMonths(-11);
        return new Maaleperiode(foersteMaaned, new DateOnly(slutAar, slutMaaned, DateTime.DaysInMonth(slutAar, slutMaaned)));
    }

    /// <summary>
    /// Parses "YYYY" (a calendar year) or "YYYY-MM..YYYY-MM" (12 whole months ending in June or December;
    /// "2024-01..2024-12" is the calendar year 2024).
    /// </summary>
    public static bool TryParse(string? tekst, out Maaleperiode periode)
    {
        periode = default;
        if (TryParseAar(tekst, out var aar))
        {
            periode = Kalenderaar(aar);
            return true;
        }
        var dele = tekst?.Split("..") ?? [];
        if (dele.Length != 2 || !TryParseMaaned(dele[0], out var fraAar, out var fraMaaned) || !TryParseMaaned(dele[1], out var tilAar, out var tilMaaned))
            return false;
        if (tilMaaned is not (6 or 12) || (tilAar * 12) + tilMaaned - ((fraAar * 12) + fraMaaned) != 11) return false;
        periode = Rullende(tilAar, tilMaaned);
        return true;
    }

    /// <summary>
    /// A benchmark period chosen by exactly one of a calendar year ("YYYY") and a period ("YYYY-MM..YYYY-MM"), as
    /// the CLI's <c>--year</c>/<c>--period</c> and the APIs' <c>year</c>/<c>period</c> take it. On failure
    /// <paramref name="fejl"/> names the parameter at fault (<c>year</c> or <c>period</c>) and what it must be.
    /// </summary>
    public static bool TryParseAarEllerPeriode(string? aar, string? periodeTekst, out Maaleperiode periode, out (string Parameter, string Forventet)? fejl)
    {
        periode = default;
        fejl = null;
        if (periodeTekst is null)
        {
            if (TryParseAar(aar, out var a))
            {
                periode = Kalenderaar(a);
                return true;
            }
            fejl = ("year", "a year YYYY");
            return false;
        }
        if (aar is not null)
        {
            fejl = ("period", "either year or period, not both");
            return false;
        }
        if (TryParse(periodeTekst, out periode)) return true;
        fejl = ("period", "YYYY-MM..YYYY-MM (12 months ending in June or December)");
        return false;
    }

    /// <summary>
    /// Every 12-month period ending at a half-year that lies wholly inside the months
    /// [<paramref name="fraAar"/>-<paramref name="fraMaaned"/>, <paramref name="tilAar"/>-<paramref name="tilMaaned"/>], oldest first;
    /// the ones ending in December are the calendar years.
    /// </summary>
    public static IReadOnlyList<Maaleperiode> HalvaarsperioderI(int fraAar, int fraMaaned, int tilAar, int tilMaaned)
    {
        var foerste = (fraAar * 12) + fraMaaned - 1 + 11; // 0-based month index of the earliest possible end
        var sidste = (tilAar * 12) + tilMaaned - 1;
        var perioder = new List<Maaleperiode>();
        for (var slut = foerste; slut <= sidste; slut++)
        {
            var maaned = (slut % 12) + 1;
            if (maaned is 6 or 12) perioder.Add(Rullende(slut / 12, maaned));
        }
        return perioder;
    }

    private static bool TryParseMaaned(string tekst, out int aar, out int maaned)
    {
        aar = maaned = 0;
        return tekst.Length == 7 && tekst[4] == '-'
            && TryParseAar(tekst[..4], out aar)
            && int.TryParse(tekst[5..], NumberStyles.None, CultureInfo.InvariantCulture, out maaned) && maaned is >= 1 and <= 12;
    }

    /// <summary>"2025" for a calendar year, "2024-07..2025-06" for a rolling period of whole months.</summary>
    public override string ToString() => ErKalenderaar
        ? Fra.Year.ToString(CultureInfo.InvariantCulture)
        : $"{Fra.ToString("yyyy-MM", CultureInfo.InvariantCulture)}..{Til.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
}
