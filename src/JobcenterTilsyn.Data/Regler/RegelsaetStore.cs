using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Regler;

/// <summary>
/// Rule sets as stored (rules.md §7): the shipped defaults are seeded, administrators add more, and a
/// rule set that produced stored figures is marked used and never edited again, only superseded.
/// </summary>
public static class RegelsaetStore
{
    public static async Task<Regelsaetkatalog> HentKatalogAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var rows = await db.Set<RegelsaetEntity>().AsNoTracking().ToListAsync(ct);
        return new Regelsaetkatalog(rows.Count == 0 ? Regelsaetkatalog.Standard.Alle : rows.Select(TilDomaene));
    }

    /// <summary>Inserts the shipped defaults that are missing; never touches an existing row.</summary>
    public static async Task SeedStandardAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var existing = await db.Set<RegelsaetEntity>().Select(r => r.Navn).ToListAsync(ct);
        foreach (var r in Regelsaetkatalog.Standard.Alle.Where(r => !existing.Contains(r.Navn)))
        {
            db.Add(TilEntity(r, "system"));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a new rule set; refuses an invalid one or one whose name or first day is taken.</summary>
    public static async Task TilfoejAsync(TilsynDbContext db, Regelsaet regelsaet, string oprettetAf, CancellationToken ct = default)
    {
        var fejl = regelsaet.Valideringsfejl().ToList();
        if (await db.Set<RegelsaetEntity>().AnyAsync(r => r.Navn == regelsaet.Navn, ct))
            fejl.Add($"Der findes allerede et regelsæt med navnet '{regelsaet.Navn}'.");
        if (await db.Set<RegelsaetEntity>().AnyAsync(r => r.GyldigFra == regelsaet.GyldigFra, ct))
            fejl.Add($"Der findes allerede et regelsæt, der gælder fra {regelsaet.GyldigFra:yyyy-MM-dd}.");
        if (fejl.Count > 0) throw new RegelsaetAfvistException(fejl);
        db.Add(TilEntity(regelsaet, oprettetAf));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks rule sets as used for stored figures (in the caller's transaction).</summary>
    public static Task MarkerBrugtAsync(TilsynDbContext db, IEnumerable<string> navne, CancellationToken ct = default)
    {
        var liste = navne.Distinct().ToList();
        return db.Set<RegelsaetEntity>().Where(r => liste.Contains(r.Navn) && !r.Brugt)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Brugt, true), ct);
    }

    public static Regelsaet TilDomaene(RegelsaetEntity e) => new()
    {
        Navn = e.Navn,
        GyldigFra = e.GyldigFra,
        GraenseA = e.GraenseA,
        GraenseB = e.GraenseB,
        GraenseC = e.GraenseC,
        GraenseD = e.GraenseD,
        TaelledeGrupper = e.TaelledeGrupper.Select(g => (Ydelsesgruppe)g).ToHashSet(),
        BroDage = e.BroDage,
        OevoTaellerForAlle = e.OevoTaellerForAlle,
        UddannelseshjaelpUndtagelse = e.UddannelseshjaelpUndtagelse,
        ResultatAndel = e.ResultatAndel,
    };

    public static RegelsaetEntity TilEntity(Regelsaet r, string oprettetAf) => new()
    {
        Navn = r.Navn,
        GyldigFra = r.GyldigFra,
        GraenseA = r.GraenseA,
        GraenseB = r.GraenseB,
        GraenseC = r.GraenseC,
        GraenseD = r.GraenseD,
        TaelledeGrupper = r.TaelledeGrupper.Select(g => (short)g).Order().ToArray(),
        BroDage = r.BroDage,
        OevoTaellerForAlle = r.OevoTaellerForAlle,
        UddannelseshjaelpUndtagelse = r.UddannelseshjaelpUndtagelse,
        ResultatAndel = r.ResultatAndel,
        Oprettet = DateTimeOffset.UtcNow,
        OprettetAf = oprettetAf,
    };
}
