using System.ComponentModel;
using System.Text.Json.Serialization;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/benchmark and /api/v1/benchmark/model: a period's result benchmark (rules.md §5, <see cref="BenchmarkQuery"/>) and its fitted models.</summary>
public static class BenchmarkApi
{
    public static RouteGroupBuilder MapBenchmarkApi(this RouteGroupBuilder api)
    {
        api.MapGet("/benchmark", ListAsync).WithTags("Benchmark").WithName("Benchmark")
            .WithSummary("The result benchmark of one year or rolling period, one item per municipality and område (paged).")
            .Produces<PagedList<BenchmarkDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/benchmark/model", ModelAsync).WithTags("Benchmark").WithName("BenchmarkModel")
            .WithSummary("The fitted regression of each område in one year or rolling period: coefficients with standard errors, R² and n.")
            .Produces<ModellerDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>One row of the benchmark export (<c>aar</c> as the export writes it: "2025" or "2024-07..2025-06"), with name, intervals and learning peers.</summary>
    public sealed record BenchmarkDto(
        short Kommunekode, string Kommunenavn, string Omraade, string Aar, double Fuldtidspersoner,
        [property: JsonPropertyName("befolkning_16_66")] double Befolkning,
        double FaktiskAndel, double ForventetAndel, double Residual, int Rang, int Klynge, IReadOnlyList<short> LaerAf,
        double? ResidualLav, double? ResidualHoej, int? RangLav, int? RangHoej, DateTimeOffset Beregnet)
    {
        public static BenchmarkDto Fra(Benchmarkraekke r) => new(
            r.Kommunekode, r.Navn, r.Omraade.Kode(), r.Periode.ToString(), r.Fuldtidspersoner, r.Befolkning,
            r.FaktiskAndel, r.ForventetAndel, r.Residual, r.Rang, r.Klynge, r.LaerAf, r.ResidualLav, r.ResidualHoej, r.RangLav, r.RangHoej, r.Beregnet);
    }

    public sealed record KoefficientDto(string Variabel, double Estimat, double Standardfejl);

    public sealed record ModelDto(string Omraade, double RKvadrat, int N, IReadOnlyList<KoefficientDto> Koefficienter, string? Modelversion, string? Regelsaet);

    public sealed record ModellerDto(string Aar, IReadOnlyList<ModelDto> Modeller);

    private static async Task<IResult> ListAsync(
        [Description("The calendar year, YYYY (or give period).")] string? year,
        [Description("A rolling 12-month period ending in June or December, YYYY-MM..YYYY-MM (instead of year).")] string? period,
        [Description("Only this område: alle, dagpenge, kontanthjaelp or sygedagpenge.")] string? omraade,
        [Description("Only this municipality (three-digit code).")] string? kommunekode,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? page_size,
        IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Periode(year, period, out var periode, out var problem)) return problem!;
        Omraade? valgtOmraade = null;
        if (!string.IsNullOrEmpty(omraade))
        {
            var fundet = Enum.GetValues<Omraade>().Where(o => o.Kode() == omraade).Select(o => (Omraade?)o).FirstOrDefault();
            if (fundet is null) return Parametre.Ugyldig("omraade", omraade, "one of alle, dagpenge, kontanthjaelp, sygedagpenge");
            valgtOmraade = fundet;
        }
        if (!Parametre.Kommune(kommunekode, out var kode, out problem)) return problem!;
        if (Paging.Fra(page, page_size, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var alle = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(periode), ct);
        if (alle.Count == 0) return Parametre.IkkeFundet($"No benchmark is computed for {periode}.");
        var raekker = alle.Where(b => (valgtOmraade is null || b.Omraade == valgtOmraade) && (kode is null || b.Kommunekode == kode)).ToList();
        return TypedResults.Ok(side.Apply(raekker, BenchmarkDto.Fra));
    }

    private static async Task<IResult> ModelAsync(
        [Description("The calendar year, YYYY (or give period).")] string? year,
        [Description("A rolling 12-month period ending in June or December, YYYY-MM..YYYY-MM (instead of year).")] string? period,
        IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Periode(year, period, out var periode, out var problem)) return problem!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var modeller = await BenchmarkModelQuery.HentAsync(db, periode, ct: ct);
        if (modeller.Count == 0) return Parametre.IkkeFundet($"No benchmark model is computed for {periode}.");
        return TypedResults.Ok(new ModellerDto(periode.ToString(), [.. modeller.Select(m => new ModelDto(
            m.Omraade.Kode(), m.RKvadrat, m.N, [.. m.Koefficienter.Select(k => new KoefficientDto(k.Variabel, k.Vaerdi, k.Standardfejl))], m.Modelversion, m.Regelsaet))]));
    }
}
