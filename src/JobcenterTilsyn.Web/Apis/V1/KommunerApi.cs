using System.ComponentModel;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Reference;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/municipalities: the 98 municipalities, paged, by code.</summary>
public static class KommunerApi
{
    public static RouteGroupBuilder MapKommunerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/municipalities", ListAsync).WithTags("Municipalities").WithName("Municipalities")
            .WithSummary("The municipalities, by code (paged).")
            .Produces<PagedList<KommuneDto>>().ProducesValidationProblem();
        return api;
    }

    public sealed record KommuneDto(short Kommunekode, string Navn, string Region, int Indbyggere);

    private static async Task<IResult> ListAsync(
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? page_size,
        IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (Paging.Fra(page, page_size, out var problem) is not { } side) return problem!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kommuner = await KommuneStore.AlleAsync(db, ct);
        return TypedResults.Ok(side.Apply(kommuner, k => new KommuneDto(k.Kommunekode, k.Navn, k.Region, k.Indbyggere)));
    }
}
