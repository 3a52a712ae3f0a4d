using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/measures: the stored focus goals and indicators of one month (<see cref="MaalQuery"/>), with discretion for non-administrators.</summary>
public static class MaalApi
{
    public static RouteGroupBuilder MapMaalApi(this RouteGroupBuilder api)
    {
        api.MapGet("/measures", ListAsync).WithTags("Measures").WithName("Measures")
            .WithSummary("Focus goals and indicators of one month, one item per municipality and goal (paged).")
            .WithDescription("For non-administrators a figure over 1–4 persons is withheld (rules.md §10): with naevner 1–4 every count, the share, `opfyldt` and `mangler` are null; with taeller or naevner − taeller 1–4 only `naevner` is shown. `skjult` is then true.")
            .Produces<PagedList<MaalDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>One row of the measures export, as disclosed to the caller, with the municipality's name, the rule set and the computation time.</summary>
    public sealed record MaalDto(
        short Kommunekode, string Kommunenavn, string Maal, string Maaned,
        int? Taeller, int? Naevner, double? Andel, double? MaalGraense, bool? Opfyldt, int? Mangler, bool Skjult,
        string Regelsaet, DateTimeOffset Beregnet)
    {
        public static MaalDto Fra(Maalraekke r, bool erAdministrator)
        {
            var tal = MaaltalDto.Fra(Diskretion.Oplys(r.Tal, erAdministrator));
            return new MaalDto(r.Kommunekode, r.Kommunenavn, r.Maal.Kode(), r.Maaned.ToString(),
                tal.Taeller, tal.Naevner, tal.Andel, tal.MaalGraense, tal.Opfyldt, tal.Mangler, tal.Skjult, r.Regelsaet, r.Beregnet);
        }
    }

    private static async Task<IResult> ListAsync(
        [Description("The measurement month, YYYY-MM.")] string? month,
        [Description("Only this municipality (three-digit code).")] string? kommunekode,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? page_size,
        ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Maaned(month, out var maaned, out var problem)) return problem!;
        if (!Parametre.Kommune(kommunekode, out var kode, out problem)) return problem!;
        if (Paging.Fra(page, page_size, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var alle = await MaalQuery.HentAsync(db, maaned, ct: ct);
        if (alle.Count == 0) return Parametre.IkkeFundet($"No measures are computed for {maaned}.");
        var raekker = kode is { } k ? [.. alle.Where(r => r.Kommunekode == k)] : alle;
        if (kode is { } x && raekker.Count == 0) return Parametre.IkkeFundet($"There is no municipality {x}.");

        var admin = user.ErAdministrator();
        return TypedResults.Ok(side.Apply(raekker, r => MaalDto.Fra(r, admin)));
    }
}
