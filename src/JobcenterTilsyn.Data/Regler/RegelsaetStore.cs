using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobcenterTilsyn.Data.Regler;

/// <summary>
/// Rule sets as stored (rules.md §7), the one source of truth: the migration RegelsaetSomData seeded the shipped ones,
/// administrators add more, and the computation builds its catalogue from this table alone. A rule set that produced
/// stored figures is never edited or deleted (refused by <see cref="Regelsaetregister"/> and by a database trigger).
/// </summary>
public static class RegelsaetStore
{
    /// <summary>The start of the trigger's message (migration RegelsaetSomData) when a used rule set is changed.</summary>
    public const string LaastFejltekst = "rule set locked";

    /// <summary>The catalogue the computation uses: every stored rule set, nothing else.</summary>
    public static async Task<Regelsaetkatalog> HentKatalogAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var rows = await db.Set<RegelsaetEntity>().AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0)
            throw new InvalidOperationException("The table regelsaet is empty: run `migrate`, which seeds the shipped rule sets.");
        return new Regelsaetkatalog(rows.Select(TilDomaene));
    }

    /// <summary>Every stored rule set with its status, by first day in force.</summary>
    public static async Task<Regelsaetregister> HentRegisterAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var rows = await db.Set<RegelsaetEntity>().AsNoTracking().ToListAsync(ct);
        return new Regelsaetregister(rows.Select(r => new GemtRegelsaet(TilDomaene(r), r.Brugt, r.Oprettet, r.OprettetAf)));
    }

    /// <summary>
    /// Adds a new rule set, with an entry in the audit trail; refuses (with Danish messages) an invalid one, a name or first
    /// day in use, and one before the latest used rule set's first day unless the recomputation is confirmed.
    /// </summary>
    public static async Task<GemtRegelsaet> TilfoejAsync(
        TilsynDbContext db, Regelsaet regelsaet, string bruger, bool genberegningBekraeftet, DateTimeOffset nu, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(regelsaet);
        regelsaet = regelsaet with { Navn = regelsaet.Navn.Trim() };
        var register = await HentRegisterAsync(db, ct);
        var fejl = register.Tilfoejelsesfejl(regelsaet, genberegningBekraeftet);
        if (fejl.Count > 0) throw new RegelsaetAfvistException(fejl);

        var entity = TilEntity(regelsaet, bruger, nu);
        db.Add(entity);
        db.Add(Haendelse(nu, bruger, "tilfoejet", regelsaet.Navn, Beskriv(regelsaet)
            + (register.KraeverBekraeftelse(regelsaet) ? "; genberegning af gemte tal bekræftet" : "")));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone else added one with the same name or day between our check and our insert.
            db.ChangeTracker.Clear();
            throw new RegelsaetAfvistException(["Der findes allerede et regelsæt med samme navn eller samme første dag."]);
        }
        return new GemtRegelsaet(regelsaet, false, nu, bruger);
    }

    /// <summary>Deletes an unused rule set (one added by mistake); a used one is refused.</summary>
    public static async Task SletAsync(TilsynDbContext db, string navn, string bruger, DateTimeOffset nu, CancellationToken ct = default)
    {
        var register = await HentRegisterAsync(db, ct);
        if (register.AendringAfvist(navn) is { } afvist) throw new RegelsaetAfvistException([afvist]);
        // One SaveChanges: the row goes and the trail entry comes in one transaction.
        db.Remove(await db.Set<RegelsaetEntity>().SingleAsync(r => r.Navn == navn, ct));
        db.Add(Haendelse(nu, bruger, "slettet", navn, null));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException pg && pg.MessageText.StartsWith(LaastFejltekst, StringComparison.Ordinal))
        {
            // Used by a computation that finished after our check: the trigger refused it.
            db.ChangeTracker.Clear();
            throw new RegelsaetAfvistException([GemtRegelsaet.BrugtFejl(navn)]);
        }
    }

    /// <summary>Adds an entry to the rule sets' audit trail.</summary>
    public static async Task LogAsync(TilsynDbContext db, DateTimeOffset nu, string bruger, string handling, string regelsaet, string? detaljer, CancellationToken ct = default)
    {
        db.Add(Haendelse(nu, bruger, handling, regelsaet, detaljer));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The latest <paramref name="antal"/> entries of the audit trail, newest first.</summary>
    public static async Task<IReadOnlyList<RegelsaetHaendelse>> HaendelserAsync(TilsynDbContext db, int antal, CancellationToken ct = default) =>
        await db.Set<RegelsaetHaendelseEntity>().AsNoTracking()
            .OrderByDescending(h => h.Id).Take(antal)
            .Select(h => new RegelsaetHaendelse(h.Tidspunkt, h.Bruger, h.Handling, h.Regelsaet, h.Detaljer))
            .ToListAsync(ct);

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

    public static RegelsaetEntity TilEntity(Regelsaet r, string oprettetAf, DateTimeOffset oprettet) => new()
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
        Oprettet = oprettet,
        OprettetAf = oprettetAf,
    };

    private static RegelsaetHaendelseEntity Haendelse(DateTimeOffset nu, string bruger, string handling, string regelsaet, string? detaljer) =>
        new() { Tidspunkt = nu, Bruger = bruger, Handling = handling, Regelsaet = regelsaet, Detaljer = detaljer };

    private static string Beskriv(Regelsaet r) => Regelsaetfil.Skriv(r);
}

/// <summary>One entry of the rule sets' audit trail.</summary>
public sealed record RegelsaetHaendelse(DateTimeOffset Tidspunkt, string Bruger, string Handling, string Regelsaet, string? Detaljer);
