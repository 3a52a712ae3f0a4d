using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Data.Tilsynssager;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data;

/// <summary>Applies the EF migrations (the shipped rule sets among them) and the reference data. Idempotent: safe on every start.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        await using var db = new TilsynDbContext(DbContextOptionsSetup.For(connectionString));
        await db.Database.MigrateAsync(ct);
        await Historikbeskyttelse.SikrAsync(db, ct);
        await KommuneSeeder.SeedAsync(db, ct);
    }
}
