using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Udpegning;
using JobcenterTilsyn.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/forecast: the forecast of the year's designation as of one status month (rules.md §11, <see cref="PrognoseQuery"/>), with discretion.</summary>
public static class PrognoseApi
{
    public static RouteGroupBuilder MapPrognoseApi(this RouteGroupBuilder api)
    {
        api.MapGet("/forecast", ListAsync).WithTags("Forecast").WithName("Forecast")
            .WithSummary("The forecast of the year's designation as of a status month, one item per municipality (paged). A forecast, not the designation.")
            .WithDescription("`a` and `b` are the goals pooled over January..status month under the year's thresholds, with the same discretion as /measures; `mangler_a` and `mangler_b` are null for non-administrators whenever the pooled figure is withheld. A month the forecast needs that is not computed is a 404 naming the months.")
            .Produces<PagedList<PrognoseDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>One row of the forecast export with what it rests on, as disclosed to the caller.</summary>
    public sealed record PrognoseDto(
        short Kommunekode, string Kommunenavn, int Aar, string StatusMaaned, string BenchmarkPeriode, string Kategori,
        bool ResultatKriterie, bool IndsatsKriterie, int? ManglerA, int? ManglerB, MaaltalDto A, MaaltalDto B,
        int Rang, int AntalKommuner, string Regelsaet)
    {
        public static PrognoseDto Fra(Prognoseraekke p, bool erAdministrator)
        {
            var a = Diskretion.Oplys(p.A, erAdministrator);
            var b = Diskretion.Oplys(p.B, erAdministrator);
            return new PrognoseDto(p.Kommunekode, p.Kommunenavn, p.Aar, p.Statusmaaned.ToString(), p.BenchmarkPeriode.ToString(), p.Kategori.Kode(),
                p.ResultatKriterie, p.IndsatsKriterie, a.Skjult ? null : p.ManglerA, b.Skjult ? null : p.ManglerB,
                MaaltalDto.Fra(a), MaaltalDto.Fra(b), p.Rang, p.AntalKommuner, p.Regelsaet);
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
        IReadOnlyList<Prognoseraekke> alle;
        try
        {
            alle = await PrognoseQuery.HentAsync(db, maaned, ct);
        }
        catch (IngenResultaterException ex)
        {
            return Parametre.IkkeFundet(ex.Message);
        }
        var raekker = kode is { } k ? [.. alle.Where(r => r.Kommunekode == k)] : alle;
        if (kode is { } x && raekker.Count == 0) return Parametre.IkkeFundet($"There is no municipality {x}.");

        var admin = user.ErAdministrator();
        return TypedResults.Ok(side.Apply(raekker, r => PrognoseDto.Fra(r, admin)));
    }
}
