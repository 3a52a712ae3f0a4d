using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Security;
using Microsoft.EntityFrameworkCore;
using static JobcenterTilsyn.Web.Apis.TilsynssagerApi;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>
/// GET /api/v1/cases and /api/v1/cases/{id}: the supervision cases (rules.md §9)
/// (a Jobcenterchef sees only the own municipality's; any other case is a logged 403), paged and with problem details.
/// </summary>
public static class TilsynssagerV1Api
{
    public static RouteGroupBuilder MapTilsynssagerV1Api(this RouteGroupBuilder api)
    {
        api.MapGet("/cases", ListAsync).WithTags("Cases").WithName("Cases")
            .WithSummary("Supervision cases the caller may see, open ones first (paged).")
            .Produces<PagedList<SagDto>>().ProducesValidationProblem();
        api.MapGet("/cases/{id:long}", HentAsync).WithTags("Cases").WithName("Case")
            .WithSummary("One case with its deadlines and history; 403 for a Jobcenterchef of another municipality.")
            .Produces<SagMedHistorikDto>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? page_size,
        ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, TimeProvider tid, CancellationToken ct)
    {
        if (Paging.Fra(page, page_size, out var problem) is not { } side) return problem!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A handful of cases at most per year: paged in memory after the same query the pages use.
        var sager = await TilsynssagStore.ListAsync(db, SynligKommune(user), ct);
        var idag = DanskTid.Dato(tid.GetUtcNow());
        return TypedResults.Ok(side.Apply(sager, s => SagDto.Fra(s.Id, s.Kommunenavn, s.Sag, idag)));
    }

    private static async Task<IResult> HentAsync(
        long id, ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, TimeProvider tid, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await TilsynssagStore.KommuneForAsync(db, id, ct) is not { } kommunekode) return Parametre.IkkeFundet($"There is no case {id}.");
        if (!user.KanSeSag(kommunekode))
        {
            Adgangslog.NaegtetSag(loggerFactory, user, id, kommunekode);
            return Parametre.Forbudt("A Jobcenterchef may only read the own municipality's case.");
        }
        var sag = (await TilsynssagStore.HentAsync(db, id, ct))!;
        return TypedResults.Ok(SagMedHistorikDto.Fra(sag, DanskTid.Dato(tid.GetUtcNow())));
    }
}
