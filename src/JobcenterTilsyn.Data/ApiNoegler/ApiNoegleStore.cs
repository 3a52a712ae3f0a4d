using System.Security.Cryptography;
using System.Text;
using JobcenterTilsyn.Domain.Adgang;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.ApiNoegler;

/// <summary>An API key as the administrator's list shows it (never the secret).</summary>
public sealed record ApiNoegle(
    long Id, string Navn, string Praefiks, Rolle Rolle, short? Kommunekode, string OprettetAf, DateTimeOffset Oprettet,
    DateTimeOffset? SidstBrugt, DateTimeOffset? Tilbagekaldt, string? TilbagekaldtAf)
{
    public bool Aktiv => Tilbagekaldt is null;
}

/// <summary>A new key with its secret: shown once to whoever created it, then gone.</summary>
public sealed record NyApiNoegle(ApiNoegle Noegle, string Hemmelighed);

/// <summary>Creating, listing, revoking and checking API keys. Keys are random, stored only as SHA-256.</summary>
public static class ApiNoegleStore
{
    /// <summary>Every key starts with this, so a leaked one is easy to recognise (e.g. by secret scanners).</summary>
    public const string Forstavelse = "jt_";

    /// <summary>Last-used is written at most this often per key, not on every request.</summary>
    public static readonly TimeSpan BrugOpdateringsinterval = TimeSpan.FromMinutes(1);

    /// <exception cref="ArgumentException">Empty name, or a municipality given for another role than Jobcenterchef (or missing for one).</exception>
    public static async Task<NyApiNoegle> OpretAsync(
        TilsynDbContext db, string navn, Rolle rolle, short? kommunekode, string oprettetAf, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(navn)) throw new ArgumentException("Nøglen skal have et navn.", nameof(navn));
        if ((rolle == Rolle.Jobcenterchef) != kommunekode.HasValue)
            throw new ArgumentException("En jobcenterchef-nøgle skal have en kommune; andre roller må ikke have en.", nameof(kommunekode));
        if (kommunekode is { } kode && !await db.Kommuner.AnyAsync(k => k.Kommunekode == kode, ct))
            throw new ArgumentException($"Ukendt kommune {kode}.", nameof(kommunekode));

        var hemmelighed = Forstavelse + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiNoegleEntity
        {
            Navn = navn.Trim(), Hash = Hash(hemmelighed), Praefiks = hemmelighed[..10], Rolle = rolle.Navn(), Kommunekode = kommunekode,
            OprettetAf = oprettetAf, Oprettet = nu,
        };
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        return new NyApiNoegle(TilModel(entity), hemmelighed);
    }

    public static async Task<IReadOnlyList<ApiNoegle>> ListAsync(TilsynDbContext db, CancellationToken ct = default) =>
        (await db.Set<ApiNoegleEntity>().AsNoTracking().OrderBy(n => n.Tilbagekaldt != null).ThenByDescending(n => n.Oprettet).ThenBy(n => n.Id)
            .ToListAsync(ct)).Select(TilModel).ToList();

    /// <returns>False when there is no such key or it was already revoked.</returns>
    public static async Task<bool> TilbagekaldAsync(TilsynDbContext db, long id, string af, DateTimeOffset nu, CancellationToken ct = default) =>
        await db.Set<ApiNoegleEntity>().Where(n => n.Id == id && n.Tilbagekaldt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Tilbagekaldt, nu).SetProperty(n => n.TilbagekaldtAf, af), ct) == 1;

    /// <summary>The active key with this secret, or null; records when it was used.</summary>
    public static async Task<ApiNoegle?> GodkendAsync(TilsynDbContext db, string hemmelighed, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (!hemmelighed.StartsWith(Forstavelse, StringComparison.Ordinal) || hemmelighed.Length > 100) return null;
        var hash = Hash(hemmelighed);
        var entity = await db.Set<ApiNoegleEntity>().AsNoTracking().SingleOrDefaultAsync(n => n.Hash == hash && n.Tilbagekaldt == null, ct);
        if (entity is null) return null;
        var graense = nu - BrugOpdateringsinterval;
        if (entity.SidstBrugt is null || entity.SidstBrugt < graense)
        {
            await db.Set<ApiNoegleEntity>().Where(n => n.Id == entity.Id && (n.SidstBrugt == null || n.SidstBrugt < graense))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.SidstBrugt, nu), ct);
            entity.SidstBrugt = nu;
        }
        return TilModel(entity);
    }

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes (a random 256-bit key needs no salt or slow hash).</summary>
    public static string Hash(string hemmelighed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hemmelighed)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiNoegle TilModel(ApiNoegleEntity n) => new(
        n.Id, n.Navn, n.Praefiks, Roller.TryFra(n.Rolle, out var rolle) ? rolle : throw new InvalidOperationException($"Unknown role '{n.Rolle}' on API key {n.Id}."),
        n.Kommunekode, n.OprettetAf, n.Oprettet, n.SidstBrugt, n.Tilbagekaldt, n.TilbagekaldtAf);
}
