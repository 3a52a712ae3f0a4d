using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Tilsynssager;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>
/// Supervision cases as stored (rules.md §9): opening from a stored designation, carrying out actions through
/// the domain's <see cref="Sagsforloeb"/> with optimistic concurrency (PostgreSQL xmin), and the read models of the
/// case pages. Who may <em>read</em> a case is the caller's check; who may <em>act</em> is checked here via the domain.
/// </summary>
public static class TilsynssagStore
{
    /// <summary>The municipalities with an open case now (for the designation's category <c>forbedret</c>, rules.md §8).</summary>
    public static async Task<IReadOnlySet<short>> KommunerMedAabenSagAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await Sager(db).Where(ErAaben).Select(s => s.Kommunekode).ToHashSetAsync(ct);

    /// <summary>The latest year with a stored designation (what a new case is opened from by default), or null when there is none.</summary>
    public static Task<int?> SenesteUdpegningsaarAsync(TilsynDbContext db, CancellationToken ct = default) =>
        db.Set<UdpegningEntity>().MaxAsync(u => (int?)u.Aar, ct);

    /// <summary>The stored designation of a municipality and year as a case would copy it, or null when there is none.</summary>
    public static async Task<Sagsgrundlag?> HentGrundlagAsync(TilsynDbContext db, short kommunekode, int aar, CancellationToken ct = default)
    {
        var udpegning = await db.Set<UdpegningEntity>().AsNoTracking()
            .FirstOrDefaultAsync(u => u.Kommunekode == kommunekode && u.Aar == aar, ct);
        return udpegning is null ? null : TilsynssagMapping.Grundlag(udpegning);
    }

    /// <summary>
    /// Opens a case for <paramref name="kommunekode"/> from its stored designation of <paramref name="aar"/>
    /// (administrator only, with a justification; one open case per municipality).
    /// </summary>
    public static async Task<Sagsresultat> AabnAsync(TilsynDbContext db, short kommunekode, int aar, string begrundelse, Aktoer aktoer,
        Fristregler fristregler, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (aktoer.Rolle != Rolle.Administrator) return Sagsresultat.Afvist("Kun en administrator kan åbne en tilsynssag.");
        var navn = await db.Kommuner.Where(k => k.Kommunekode == kommunekode).Select(k => k.Navn).FirstOrDefaultAsync(ct);
        if (navn is null) return Sagsresultat.Afvist($"Kommunekoden {kommunekode} findes ikke.");
        var grundlag = await HentGrundlagAsync(db, kommunekode, aar, ct);
        if (grundlag is null)
            return Sagsresultat.Afvist($"Der er ingen gemt udpegning for {navn} ({kommunekode}) for {aar}. Beregn udpegningen for året først.");
        if (await Sager(db).Where(ErAaben).AnyAsync(s => s.Kommunekode == kommunekode, ct))
            return Sagsresultat.Afvist(AabenSagFindes(navn, kommunekode));

        nu = nu.ToUniversalTime();
        var udfald = Sagsforloeb.Aabn(kommunekode, grundlag, begrundelse, aktoer, nu, DanskTid.Dato(nu), fristregler);
        if (!udfald.Udfoert) return Sagsresultat.Afvist(udfald.Afvisning!);

        var sag = TilsynssagMapping.NyEntity(udfald.Sag!, aktoer.Bruger);
        sag.SenestAendret = nu;
        sag.Historik.Add(TilsynssagMapping.TilEntity(udfald.Haendelse!, 0));
        db.Add(sag);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another administrator opened one in the meantime; the partial unique index decided.
            db.ChangeTracker.Clear();
            return Sagsresultat.Afvist(AabenSagFindes(navn, kommunekode));
        }
        return Sagsresultat.Ok(sag.Id, sag.Version);
    }

    /// <summary>
    /// Carries out <paramref name="handling"/> if the case is still at <paramref name="forventetVersion"/> (what the
    /// user saw). The case row, the history entry and the attachments are written in one transaction, or nothing is.
    /// </summary>
    public static async Task<Sagsresultat> UdfoerAsync(TilsynDbContext db, long sagId, uint forventetVersion, Sagshandling handling,
        Aktoer aktoer, IReadOnlyList<NytBilag> bilag, DateTimeOffset nu, CancellationToken ct = default)
    {
        var sag = await Sager(db).AsTracking().FirstOrDefaultAsync(s => s.Id == sagId, ct);
        if (sag is null) return Sagsresultat.IkkeFundet;
        if (sag.Version != forventetVersion) return Sagsresultat.Konflikt;

        var historik = await db.Set<TilsynssagHaendelseEntity>().AsNoTracking().Where(h => h.SagId == sagId).ToListAsync(ct);
        nu = nu.ToUniversalTime();
        var udfald = Sagsforloeb.Udfoer(TilsynssagMapping.TilDomaene(sag, historik), handling, aktoer, nu, DanskTid.Dato(nu));
        if (!udfald.Udfoert) return Sagsresultat.Afvist(udfald.Afvisning!);
        if (Bilagsfejl(handling, bilag) is { } fejl) return Sagsresultat.Afvist(fejl);

        TilsynssagMapping.Anvend(sag, udfald.Sag!);
        sag.SenestAendret = nu;
        var haendelse = TilsynssagMapping.TilEntity(udfald.Haendelse!, sagId);
        haendelse.Bilag.AddRange(bilag.Select(b => new TilsynssagBilagEntity
        {
            SagId = sagId,
            Filnavn = Bilagsregler.Filnavn(b.Filnavn),
            ContentType = Bilagsregler.PdfContentType,
            Stoerrelse = b.Indhold.Length,
            Indhold = b.Indhold,
            Uploadet = nu,
            UploadetAf = aktoer.Bruger,
        }));
        db.Add(haendelse);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Sagsresultat.Konflikt;
        }
        return Sagsresultat.Ok(sagId, sag.Version);
    }

    /// <summary>Every case, open ones first, newest first; only <paramref name="kunKommune"/>'s when given.</summary>
    public static async Task<IReadOnlyList<Sagsoversigt>> ListAsync(TilsynDbContext db, short? kunKommune = null, CancellationToken ct = default)
    {
        var query = Sager(db);
        if (kunKommune is { } kode) query = query.Where(s => s.Kommunekode == kode);
        var raekker = await query
            .Join(db.Kommuner, s => s.Kommunekode, k => k.Kommunekode, (s, k) => new { Sag = s, k.Navn })
            .ToListAsync(ct);
        return raekker
            .Select(r => new Sagsoversigt(r.Sag.Id, r.Navn, TilsynssagMapping.TilDomaene(r.Sag, [])))
            .OrderBy(o => o.Sag.ErAaben ? 0 : 1).ThenByDescending(o => o.Sag.Aabnet).ThenBy(o => o.Id)
            .ToList();
    }

    /// <summary>The municipality of a case, or null when there is no such case (for access checks before loading it).</summary>
    public static async Task<short?> KommuneForAsync(TilsynDbContext db, long sagId, CancellationToken ct = default) =>
        await Sager(db).Where(s => s.Id == sagId).Select(s => (short?)s.Kommunekode).FirstOrDefaultAsync(ct);

    public static async Task<Sagsdetaljer?> HentAsync(TilsynDbContext db, long sagId, CancellationToken ct = default)
    {
        var raekke = await Sager(db).Where(s => s.Id == sagId)
            .Join(db.Kommuner, s => s.Kommunekode, k => k.Kommunekode, (s, k) => new { Sag = s, k.Navn })
            .FirstOrDefaultAsync(ct);
        if (raekke is null) return null;
        var historik = await db.Set<TilsynssagHaendelseEntity>().AsNoTracking().Where(h => h.SagId == sagId).OrderBy(h => h.Id).ToListAsync(ct);
        var bilag = await db.Set<TilsynssagBilagEntity>().AsNoTracking().Where(b => b.SagId == sagId).OrderBy(b => b.Id)
            .Select(b => new Bilagsinfo(b.Id, b.HaendelseId, b.Filnavn, b.Stoerrelse, b.Uploadet, b.UploadetAf))
            .ToListAsync(ct);
        var bilagAf = bilag.ToLookup(b => b.HaendelseId);
        return new Sagsdetaljer(sagId, raekke.Sag.Version, raekke.Navn, TilsynssagMapping.TilDomaene(raekke.Sag, historik),
            historik.Select(h => new Historikpost(h.Id, TilsynssagMapping.TilDomaene(h), bilagAf[h.Id].ToList())).ToList());
    }

    public static async Task<Bilagsfil?> HentBilagAsync(TilsynDbContext db, long sagId, long bilagId, CancellationToken ct = default) =>
        await db.Set<TilsynssagBilagEntity>().AsNoTracking()
            .Where(b => b.Id == bilagId && b.SagId == sagId)
            .Join(Sager(db), b => b.SagId, s => s.Id, (b, s) => new Bilagsfil(s.Kommunekode, b.Filnavn, b.ContentType, b.Indhold))
            .FirstOrDefaultAsync(ct);

    private static IQueryable<TilsynssagEntity> Sager(TilsynDbContext db) => db.Set<TilsynssagEntity>().AsNoTracking();

    // SagstilstandKoder.Afsluttende as SQL (the same as the unique index's filter).
    private static readonly System.Linq.Expressions.Expression<Func<TilsynssagEntity, bool>> ErAaben =
        s => s.Tilstand != Sagstilstand.Afsluttet && s.Tilstand != Sagstilstand.Tilbagekaldt;

    private static string AabenSagFindes(string navn, short kommunekode) =>
        $"Der er allerede en åben tilsynssag for {navn} ({kommunekode}). En kommune kan kun have én åben sag ad gangen.";

    private static string? Bilagsfejl(Sagshandling handling, IReadOnlyList<NytBilag> bilag)
    {
        if (bilag.Count == 0) return null;
        if (!Bilagsregler.TilladtVed(handling.Type))
            return "Bilag kan kun vedhæftes redegørelsen, genopretningsplanen og et dokument modtaget uden for systemet.";
        if (bilag.Count > Bilagsregler.MaksAntalPrIndsendelse)
            return $"Der kan højst vedhæftes {Bilagsregler.MaksAntalPrIndsendelse} filer ad gangen.";
        return bilag.Select(b => Bilagsregler.Kontroller(b.Filnavn, b.ContentType, b.Indhold)).FirstOrDefault(f => f is not null);
    }
}
