using System.ComponentModel;
using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Laesemodeller;
using JobcenterTilsyn.Web.Sikkerhed;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>GET /api/v1/designation: a year's annual designation (rules.md §8), pooled A and B with discretion.</summary>
public static class UdpegningApi
{
    public static RouteGroupBuilder MapUdpegningApi(this RouteGroupBuilder api)
    {
        api.MapGet("/designation", ListAsync).WithTags("Udpegning").WithName("Designation")
            .WithSummary("The designation of one year, one item per municipality (paged).")
            .WithDescription("`a` and `b` are the goals pooled over the year, with the same discretion as /measures.")
            .Produces<Side<UdpegningDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public sealed record UdpegningDto(
        short Kommunekode, string Kommunenavn, int Aar, string Kategori, bool ResultatKriterie, bool IndsatsKriterie,
        MaaltalDto A, MaaltalDto B, int Rang, int AntalKommuner, string Regelsaet, DateTimeOffset Beregnet);

    private static async Task<IResult> ListAsync(
        [Description("The calendar year, YYYY.")] string? year,
        [Description("Only this municipality (three-digit code).")] string? kommune,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Items per page, 1–200 (default 50).")] string? pageSize,
        ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, CancellationToken ct)
    {
        if (!Parametre.Aar(year, out var aar, out var problem)) return problem!;
        if (!Parametre.Kommune(kommune, out var kode, out problem)) return problem!;
        if (Sideinddeling.Fra(page, pageSize, out problem) is not { } side) return problem!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<UdpegningEntity>().AsNoTracking().Where(u => u.Aar == aar);
        if (!await query.AnyAsync(ct)) return Parametre.IkkeFundet($"No designation is computed for {aar}.");
        if (kode is { } k) query = query.Where(u => u.Kommunekode == k);

        var total = await query.CountAsync(ct);
        var raekker = await query.OrderBy(u => u.Kommunekode).Skip(side.Spring).Take(side.PageSize)
            .Join(db.Kommuner, u => u.Kommunekode, x => x.Kommunekode, (u, x) => new { u, x.Navn })
            .ToListAsync(ct);
        var admin = user.ErAdministrator();
        var items = raekker.OrderBy(r => r.u.Kommunekode).Select(r => new UdpegningDto(
                r.u.Kommunekode, r.Navn, r.u.Aar, r.u.Kategori, r.u.ResultatKriterie, r.u.IndsatsKriterie,
                MaaltalDto.Fra(new Maaltal(r.u.ATaeller, r.u.ANaevner, r.u.GraenseA), admin),
                MaaltalDto.Fra(new Maaltal(r.u.BTaeller, r.u.BNaevner, r.u.GraenseB), admin),
                r.u.Rang, r.u.AntalKommuner, r.u.Regelsaet, r.u.Beregnet))
            .ToList();
        return TypedResults.Ok(side.Side(items, total));
    }
}
