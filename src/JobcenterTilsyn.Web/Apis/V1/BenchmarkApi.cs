using System.ComponentModel;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/benchmark and /api/v1/benchmark/model: a calendar year's result benchmark (rules.md §5) and its fitted models.</summary>
public static class BenchmarkApi
{
    public static RouteGroupBuilder MapBenchmarkApi(this RouteGroupBuilder api)
    {
        api.MapGet("/benchmark", ListAsync).WithTags("Benchmark").WithName("Benchmark")
            .WithSummary("The result benchmark of one year, one item per municipality and område (paged).")
            .Produces<Side<BenchmarkDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/benchmark/model", ModelAsync).WithTags("Benchmark").WithName("BenchmarkModel")
            .WithSummary("The fitted regression of each område in one year: coefficients with standard errors, R² and n.")
            .Produces<ModellerDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public sealed record BenchmarkDto(
        short Kommunekode, string Kommunenavn, string Omraade, int Aar, double Fuldtidspersoner, double Befolkning,
        double FaktiskAndel, double ForventetAndel, double Residual, int Rang, int Klynge, IReadOnlyList<short> LaerAf, DateTimeOffset Beregnet,
        string Periode, double? ResidualLav, double? ResidualHoej, int? RangLav, int? RangHoej);

    public sealed record KoefficientDto(string Variabel, double Estimat, double Standardfejl);

    public sealed record ModelDto(string Omraade, double RKvadrat, int N, IReadOnlyList<KoefficientDto> Koefficienter);

    public sealed record ModellerDto(int Aar, IReadOnlyList<ModelDto> Modeller, string Periode);

    private static async Task<IResult> ListAsync(
        [Description("The calendar year, YYYY (or give period).")] string? year,
        [Description("A rolling 12-month period ending in June or December, YYYY-MM..YYYY-MM (instead of year).")] string? period,
        [Description("Only this område: alle, dagpenge, kontanthjaelp or sygedagpenge.")] string? omraade,
        [Description("Only this municipality (three-digit code).")] string? kommune,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? pageSize,
        IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Periode(year, period, out var periode, out var problem)) return problem!;
        var aar = periode.Til.Year;
        Omraade? valgtOmraade = null;
        if (!string.IsNullOrEmpty(omraade))
        {
            var fundet = Enum.GetValues<Omraade>().Where(o => o.Kode() == omraade).Select(o => (Omraade?)o).FirstOrDefault();
            if (fundet is null) return Parametre.Ugyldig("omraade", omraade, "one of alle, dagpenge, kontanthjaelp, sygedagpenge");
            valgtOmraade = fundet;
        }
        if (!Parametre.Kommune(kommune, out var kode, out problem)) return problem!;
        if (Sideinddeling.Fra(page, pageSize, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Perioden(db, periode);
        if (!await query.AnyAsync(ct)) return Parametre.IkkeFundet($"No benchmark is computed for {periode}.");
        if (valgtOmraade is { } o)
        {
            var o16 = (short)o;
            query = query.Where(b => b.Omraade == o16);
        }
        if (kode is { } k) query = query.Where(b => b.Kommunekode == k);

        var total = await query.CountAsync(ct);
        var raekker = await query.OrderBy(b => b.Kommunekode).ThenBy(b => b.Omraade).Skip(side.Spring).Take(side.PageSize)
            .Join(db.Kommuner, b => b.Kommunekode, x => x.Kommunekode, (b, x) => new { b, x.Navn })
            .ToListAsync(ct);
        var items = raekker.OrderBy(r => r.b.Kommunekode).ThenBy(r => r.b.Omraade)
            .Select(r => new BenchmarkDto(r.b.Kommunekode, r.Navn, ((Omraade)r.b.Omraade).Kode(), aar, r.b.Fuldtidspersoner, r.b.Befolkning,
                r.b.FaktiskAndel, r.b.ForventetAndel, r.b.Residual, r.b.Rang, r.b.Klynge, r.b.LaerAf, r.b.Beregnet,
                periode.ToString(), r.b.ResidualLav, r.b.ResidualHoej, r.b.RangLav, r.b.RangHoej))
            .ToList();
        return TypedResults.Ok(side.Side(items, total));
    }

    private static async Task<IResult> ModelAsync(
        [Description("The calendar year, YYYY (or give period).")] string? year,
        [Description("A rolling 12-month period ending in June or December, YYYY-MM..YYYY-MM (instead of year).")] string? period,
        IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Periode(year, period, out var periode, out var problem)) return problem!;
        var aar = periode.Til.Year;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (fra, til) = (periode.Fra, periode.Til);
        var modeller = await db.Set<BenchmarkModelEntity>().AsNoTracking()
            .Where(m => m.PeriodeFra == fra && m.PeriodeTil == til).OrderBy(m => m.Omraade).ToListAsync(ct);
        if (modeller.Count == 0) return Parametre.IkkeFundet($"No benchmark model is computed for {periode}.");
        return TypedResults.Ok(new ModellerDto(aar, [.. modeller.Select(m => new ModelDto(
            ((Omraade)m.Omraade).Kode(), m.RKvadrat, m.N,
            [.. m.Variabler.Select((v, i) => new KoefficientDto(v, m.Koefficienter[i], m.Standardfejl[i]))]))], periode.ToString()));
    }

    private static IQueryable<BenchmarkResultatEntity> Perioden(TilsynDbContext db, Maaleperiode periode)
    {
        var (fra, til) = (periode.Fra, periode.Til);
        return db.Set<BenchmarkResultatEntity>().AsNoTracking().Where(b => b.PeriodeFra == fra && b.PeriodeTil == til);
    }
}
