using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/outlook: the stored outlook as of one status month (rules.md §11, <see cref="UdsigtQuery"/>), with discretion for non-administrators.</summary>
public static class UdsigtApi
{
    public static RouteGroupBuilder MapUdsigtApi(this RouteGroupBuilder api)
    {
        api.MapGet("/outlook", ListAsync).WithTags("Outlook").WithName("Outlook")
            .WithSummary("The outlook of goals A and B for the three months after a status month, one item per municipality, goal and month (paged).")
            .WithDescription("For non-administrators (rules.md §10): `naevner` is null when 1–4; `har_tilbud`, `uden_tilbud` and `noedvendige` are null when `naevner`, `har_tilbud` or `uden_tilbud` is 1–4. `skjult` is then true.")
            .Produces<PagedList<UdsigtDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>One row of the outlook export, as disclosed to the caller, with the municipality's name, the rule set and the computation time.</summary>
    public sealed record UdsigtDto(
        short Kommunekode, string Kommunenavn, string Maal, string StatusMaaned, string Maaned,
        int? Naevner, int? HarTilbud, int? UdenTilbud, int? Noedvendige, double MaalGraense, bool Skjult,
        string Regelsaet, DateTimeOffset Beregnet)
    {
        public static UdsigtDto Fra(Udsigtsraekke r, bool erAdministrator)
        {
            var tal = Diskretion.Oplys(r.Tal.Naevner, r.Tal.HarTilbud, r.Tal.UdenTilbud, r.Tal.Noedvendige, erAdministrator);
            return new UdsigtDto(r.Kommunekode, r.Kommunenavn, r.Maal.Kode(), r.Statusmaaned.ToString(), r.Maaned.ToString(),
                tal.Naevner, tal.HarTilbud, tal.UdenTilbud, tal.Noedvendige, r.Tal.Graense, tal.Skjult, r.Regelsaet, r.Beregnet);
        }
    }

    private static async Task<IResult> ListAsync(
        [Description("The status month, YYYY-MM.")] string? month,
        [Description("Only this municipality (three-digit code).")] string? kommunekode,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? page_size,
        ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Maaned(month, out var maaned, out var problem)) return problem!;
        if (!Parametre.Kommune(kommunekode, out var kode, out problem)) return problem!;
        if (Paging.Fra(page, page_size, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var alle = await UdsigtQuery.HentAsync(db, maaned, ct: ct);
        if (alle.Count == 0) return Parametre.IkkeFundet($"No outlook is computed for the status month {maaned}.");
        var raekker = kode is { } k ? [.. alle.Where(r => r.Kommunekode == k)] : alle;
        if (kode is { } x && raekker.Count == 0) return Parametre.IkkeFundet($"There is no municipality {x}.");

        var admin = user.ErAdministrator();
        return TypedResults.Ok(side.Apply(raekker, r => UdsigtDto.Fra(r, admin)));
    }
}
