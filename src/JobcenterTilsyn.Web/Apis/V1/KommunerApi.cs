using System.ComponentModel;
using JobcenterTilsyn.Data;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/kommuner: the 98 municipalities, paged, by code.</summary>
public static class KommunerApi
{
    public static RouteGroupBuilder MapKommunerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/kommuner", ListAsync).WithTags("Kommuner").WithName("Kommuner")
            .WithSummary("The municipalities, by code (paged).")
            .Produces<Side<KommuneDto>>().ProducesValidationProblem();
        return api;
    }

    public sealed record KommuneDto(short Kommunekode, string Navn, string Region, int Indbyggere);

    private static async Task<IResult> ListAsync(
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? pageSize,
        IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (Sideinddeling.Fra(page, pageSize, out var problem) is not { } side) return problem!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.Kommuner.CountAsync(ct);
        var items = await db.Kommuner.AsNoTracking().OrderBy(k => k.Kommunekode).Skip(side.Spring).Take(side.PageSize)
            .Select(k => new KommuneDto(k.Kommunekode, k.Navn, k.Region, k.Indbyggere)).ToListAsync(ct);
        return TypedResults.Ok(side.Side(items, total));
    }
}
