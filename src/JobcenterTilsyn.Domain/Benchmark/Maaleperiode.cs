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

    /// <summary>"2025" for a calendar year, "2024-07..2025-06" for a rolling period of whole months.</summary>
    public override string ToString() => ErKalenderaar
        ? Fra.Year.ToString(CultureInfo.InvariantCulture)
        : $"{Fra.ToString("yyyy-MM", CultureInfo.InvariantCulture)}..{Til.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
}
