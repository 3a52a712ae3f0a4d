using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>
/// Makes the case history and the attachments append-only in the database itself: triggers refuse UPDATE,
/// DELETE and TRUNCATE whoever asks. Applied after the migrations on every start (idempotent), so it holds
/// however the migrations are generated.
/// </summary>
public static class Historikbeskyttelse
{
    public const string Fejltekst = "is append-only";

    private static readonly string[] Tabeller = ["tilsynssag_haendelse", "tilsynssag_bilag"];

    public static async Task SikrAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var sql = $"""
            CREATE OR REPLACE FUNCTION kun_tilfoej() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '% {Fejltekst}: % is not allowed', TG_TABLE_NAME, TG_OP;
            END $$;
            """;
        foreach (var tabel in Tabeller)
        {
            sql += $"""

                CREATE OR REPLACE TRIGGER {tabel}_kun_tilfoej BEFORE UPDATE OR DELETE ON {tabel}
                  FOR EACH ROW EXECUTE FUNCTION kun_tilfoej();
                CREATE OR REPLACE TRIGGER {tabel}_ingen_truncate BEFORE TRUNCATE ON {tabel}
                  FOR EACH STATEMENT EXECUTE FUNCTION kun_tilfoej();
                """;
        }
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
