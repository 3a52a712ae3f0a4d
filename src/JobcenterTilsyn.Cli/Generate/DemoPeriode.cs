namespace JobcenterTilsyn.Cli.Generate;

/// <summary>The time frame of the demo data: an extract taken on 31 December 2025, covering 2022–2025.</summary>
public static class DemoPeriode
{
    public const int FoersteAar = 2022;
    public const int SidsteAar = 2025;
    public const int AntalAar = SidsteAar - FoersteAar + 1;

    /// <summary>The extract's day: periods still running then are written with an empty slutdato.</summary>
    public static readonly DateOnly Udtraeksdag = new(SidsteAar, 12, 31);

    /// <summary>
    /// Careers may begin this early; only persons still (or again) on benefits in 2022 or later are
    /// kept, so 2022 starts with the stock of long careers a steady state has.
    /// </summary>
    public const int FoersteIndgangsaar = 2010;

    /// <summary>The extract's history: rows that ended before this day are left out.</summary>
    public static readonly DateOnly HistorikStart = new(2021, 1, 1);

    public static readonly DateOnly VindueStart = new(FoersteAar, 1, 1);

    /// <summary>Day numbers (DateOnly.DayNumber): the generator computes in whole days.</summary>
    public static int Dag(DateOnly d) => d.DayNumber;

    public static DateOnly Dato(int dag) => DateOnly.FromDayNumber(dag);

    public static int AarFor(int dag) => DateOnly.FromDayNumber(dag).Year;
}
