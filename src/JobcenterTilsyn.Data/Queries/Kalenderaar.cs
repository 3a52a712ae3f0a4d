using JobcenterTilsyn.Data.Entities;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>Narrows stored benchmark rows to calendar-year periods (the rolling 12-month ones are not shown on the pages).</summary>
internal static class Kalenderaar
{
    public static IQueryable<BenchmarkResultatEntity> KunKalenderaar(this IQueryable<BenchmarkResultatEntity> rows) =>
        rows.Where(b => b.PeriodeFra.Month == 1 && b.PeriodeFra.Day == 1
            && b.PeriodeTil.Month == 12 && b.PeriodeTil.Day == 31 && b.PeriodeTil.Year == b.PeriodeFra.Year);

    public static IQueryable<BenchmarkModelEntity> KunKalenderaar(this IQueryable<BenchmarkModelEntity> rows) =>
        rows.Where(b => b.PeriodeFra.Month == 1 && b.PeriodeFra.Day == 1
            && b.PeriodeTil.Month == 12 && b.PeriodeTil.Day == 31 && b.PeriodeTil.Year == b.PeriodeFra.Year);
}
