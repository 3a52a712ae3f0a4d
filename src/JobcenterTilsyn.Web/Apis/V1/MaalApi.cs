using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Laesemodeller;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Sikkerhed;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/measures: the stored focus goals and indicators of one month, with discretion for non-administrators.</summary>
public static class MaalApi
{
    public static RouteGroupBuilder MapMaalApi(this RouteGroupBuilder api)
    {
        api.MapGet("/measures", ListAsync).WithTags("Fokusmål").WithName("Measures")
            .WithSummary("Focus goals and indicators of one month, one item per municipality and goal (paged).")
            .WithDescription("Counts under 5 persons are null for non-administrators (`skjult` is then true); so are `andel` and `opfyldt` when the denominator is under 5.")
            .Produces<Side<MaalingDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public sealed record MaalingDto(
        short Kommunekode, string Kommunenavn, string Maaned, string Maal,
        int? Taeller, int? Naevner, double? Andel, double? Graense, bool? Opfyldt, bool Skjult,
        string Regelsaet, DateTimeOffset Beregnet);

    private static async Task<IResult> ListAsync(
        [Description("The measurement month, YYYY-MM.")] string? month,
        [Description("Only this municipality (three-digit code).")] string? kommune,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? pageSize,
        ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Maaned(month, out var maaned, out var problem)) return problem!;
        if (!Parametre.Kommune(kommune, out var kode, out problem)) return problem!;
        if (Sideinddeling.Fra(page, pageSize, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var foerste = maaned.Foerste;
        var query = db.Set<MaalresultatEntity>().AsNoTracking().Where(m => m.Maaned == foerste);
        if (!await query.AnyAsync(ct)) return Parametre.IkkeFundet($"No measures are computed for {maaned}.");
        if (kode is { } k)
        {
            if (!await db.Kommuner.AnyAsync(x => x.Kommunekode == k, ct)) return Parametre.IkkeFundet($"There is no municipality {k}.");
            query = query.Where(m => m.Kommunekode == k);
        }

        var total = await query.CountAsync(ct);
        var raekker = await query.OrderBy(m => m.Kommunekode).ThenBy(m => m.Maal).Skip(side.Spring).Take(side.PageSize)
            .Join(db.Kommuner, m => m.Kommunekode, x => x.Kommunekode, (m, x) => new { m, x.Navn })
            .ToListAsync(ct);
        var admin = user.ErAdministrator();
        var items = raekker.OrderBy(r => r.m.Kommunekode).ThenBy(r => r.m.Maal).Select(r =>
        {
            var tal = MaaltalDto.Fra(new Maaltal(r.m.Taeller, r.m.Naevner, r.m.Graense), admin);
            return new MaalingDto(r.m.Kommunekode, r.Navn, maaned.ToString(), ((Maal)r.m.Maal).Kode(),
                tal.Taeller, tal.Naevner, tal.Andel, tal.Graense, tal.Opfyldt, tal.Skjult, r.m.Regelsaet, r.m.Beregnet);
        }).ToList();
        return TypedResults.Ok(side.Side(items, total));
    }
}
