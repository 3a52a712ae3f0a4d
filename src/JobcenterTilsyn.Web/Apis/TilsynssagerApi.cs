using System.Security.Claims;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Domain.Udpegning;
using JobcenterTilsyn.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis;

/// <summary>
/// Read access to supervision cases (rules.md §9–§10): every role reads, a Jobcenterchef only the own
/// municipality's case (anything else is 403 and logged). Changes go through the case page.
/// </summary>
public static class TilsynssagerApi
{
    public static IEndpointRouteBuilder MapTilsynssagerApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Bilagsadresse("{id:long}", "{bilagId:long}"), HentBilagAsync)
            .RequireAuthorization(Politikker.LaesSager).WithTags("Tilsynssager").WithSummary("Downloads an attachment of a case.");
        return endpoints;
    }

    /// <summary>Where an attachment is downloaded: <c>/tilsynssager/{id}/bilag/{bilagId}</c>.</summary>
    public static string Bilagsadresse(object sagId, object bilagId) => $"/tilsynssager/{sagId}/bilag/{bilagId}";

    private static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult>> HentBilagAsync(
        long id, long bilagId, ClaimsPrincipal user, IDbContextFactory<TilsynDbContext> dbFactory, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await TilsynssagStore.KommuneForAsync(db, id, ct) is not { } kommunekode) return TypedResults.NotFound();
        if (!user.KanSeSag(kommunekode))
        {
            Adgangslog.NaegtetSag(loggerFactory, user, id, kommunekode);
            return TypedResults.Forbid();
        }
        var fil = await TilsynssagStore.HentBilagAsync(db, id, bilagId, ct);
        // Served as a download (never rendered inline), with the type it was checked to be.
        return fil is null ? TypedResults.NotFound() : TypedResults.File(fil.Indhold, Bilagsregler.PdfContentType, fil.Filnavn);
    }

    /// <summary>A Jobcenterchef sees only the own municipality's cases; the other roles see all.</summary>
    internal static short? SynligKommune(ClaimsPrincipal user) =>
        user.Rolle() == Domain.Adgang.Rolle.Jobcenterchef ? user.Kommune() ?? -1 : null;

    /// <summary><c>Status</c>: aaben, opfyldt (received; the recovery period: decided) or lukket (the case ended first).</summary>
    public sealed record FristDto(string Type, string Navn, DateOnly Dato, bool Opfyldt, string Status, bool Overskredet);

    public sealed record SagDto(long Id, short Kommunekode, string Kommunenavn, int Aar, string Tilstand, DateTimeOffset Aabnet,
        string Udpegning, bool ResultatKriterie, bool IndsatsKriterie, DateOnly? GenopretningSlut, IReadOnlyList<FristDto> Frister, bool Overskredet)
    {
        public static SagDto Fra(long id, string kommunenavn, Tilsynssag sag, DateOnly idag) => new(
            id, sag.Kommunekode, kommunenavn, sag.Aar, sag.Tilstand.Kode(), sag.Aabnet, sag.Grundlag.Kategori.Kode(),
            sag.Grundlag.ResultatKriterie, sag.Grundlag.IndsatsKriterie, sag.GenopretningSlut,
            sag.Frister.Select(f => new FristDto(f.Type.ToString(), f.Navn, f.Dato, f.Opfyldt, f.Status.ToString().ToLowerInvariant(), f.Overskredet(idag))).ToList(),
            sag.Overskredet(idag));
    }

    public sealed record BilagDto(long Id, string Filnavn, long Stoerrelse, string Url);

    /// <summary><c>Trin</c>: the step of the case the entry and its attachments belong to (e.g. redegoerelse).</summary>
    public sealed record HaendelseDto(DateTimeOffset Tidspunkt, string Bruger, string Rolle, string Handling, string? Fra, string Til,
        string Begrundelse, string? Detaljer, string Trin, IReadOnlyList<BilagDto> Bilag);

    public sealed record SagMedHistorikDto(SagDto Sag, string? Redegoerelse, string? Genopretningsplan, IReadOnlyList<HaendelseDto> Historik)
    {
        public static SagMedHistorikDto Fra(Sagsdetaljer sag, DateOnly idag) => new(
            SagDto.Fra(sag.Id, sag.Kommunenavn, sag.Sag, idag),
            sag.Sag.Redegoerelse?.Tekst,
            sag.Sag.Genopretningsplan?.Tekst,
            sag.Historik.Select(h => new HaendelseDto(h.Haendelse.Tidspunkt, h.Haendelse.Bruger, h.Haendelse.Rolle.ToString(), h.Haendelse.Handling.Kode(),
                h.Haendelse.Fra?.Kode(), h.Haendelse.Til.Kode(), h.Haendelse.Begrundelse, h.Haendelse.Detaljer, h.Haendelse.Trin.Kode(),
                h.Bilag.Select(b => new BilagDto(b.Id, b.Filnavn, b.Stoerrelse, Bilagsadresse(sag.Id, b.Id))).ToList())).ToList());
    }
}
