using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/designation: a year's annual designation (rules.md §8, <see cref="UdpegningQuery"/>), pooled A and B with discretion.</summary>
public static class UdpegningApi
{
    public static RouteGroupBuilder MapUdpegningApi(this RouteGroupBuilder api)
    {
        api.MapGet("/designation", ListAsync).WithTags("Designation").WithName("Designation")
            .WithSummary("The designation of one year, one item per municipality (paged).")
            .WithDescription("`a` and `b` are the goals pooled over the year, with the same discretion as /measures.")
            .Produces<PagedList<UdpegningDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>One row of the designation export with what it rests on: A and B pooled over the year (disclosed), rang and rule set.</summary>
    public sealed record UdpegningDto(
        short Kommunekode, string Kommunenavn, int Aar, string Kategori, bool ResultatKriterie, bool IndsatsKriterie,
        MaaltalDto A, MaaltalDto B, int Rang, int AntalKommuner, string Regelsaet, DateTimeOffset Beregnet)
    {
        public static UdpegningDto Fra(Udpegningsraekke u, bool erAdministrator) => new(
            u.Kommunekode, u.Navn, u.Aar, u.Kategori, u.ResultatKriterie, u.IndsatsKriterie,
            MaaltalDto.Fra(Diskretion.Oplys(u.A, erAdministrator)), MaaltalDto.Fra(Diskretion.Oplys(u.B, erAdministrator)),
            u.Rang, u.AntalKommuner, u.Regelsaet, u.Beregnet);
    }

    private static async Task<IResult> ListAsync(
        [Description("The calendar year, YYYY.")] string? year,
        [Description("Only this municipality (three-digit code).")] string? kommunekode,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? page_size,
        ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Aar(year, out var aar, out var problem)) return problem!;
        if (!Parametre.Kommune(kommunekode, out var kode, out problem)) return problem!;
        if (Paging.Fra(page, page_size, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var alle = await UdpegningQuery.HentAsync(db, aar, ct: ct);
        if (alle.Count == 0) return Parametre.IkkeFundet($"No designation is computed for {aar}.");
        var raekker = kode is { } k ? [.. alle.Where(u => u.Kommunekode == k)] : alle;
        var admin = user.ErAdministrator();
        return TypedResults.Ok(side.Apply(raekker, u => UdpegningDto.Fra(u, admin)));
    }
}
