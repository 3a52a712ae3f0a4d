using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Tid;
using Npgsql;
using NpgsqlTypes;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>Stores monthly measures: a recomputation replaces the months it covers, in the caller's transaction.</summary>
public static class MaalresultatStore
{
    public static async Task ErstatAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Maaned> maaneder, IReadOnlyList<Maalresultat> resultater,
        long beregningId, DateTimeOffset beregnet, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand("DELETE FROM maalresultat WHERE maaned = ANY(@m)", conn, tx))
        {
            delete.Parameters.AddWithValue("m", maaneder.Select(m => m.Foerste).ToArray());
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using var import = await conn.BeginBinaryImportAsync(
            "COPY maalresultat (maaned, kommunekode, maal, taeller, naevner, graense, regelsaet, beregning_id, beregnet) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in resultater)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(r.Maaned.Foerste, NpgsqlDbType.Date, ct);
            await import.WriteAsync(r.Kommunekode, NpgsqlDbType.Smallint, ct);
            await import.WriteAsync((short)r.Maal, NpgsqlDbType.Smallint, ct);
            await import.WriteAsync(r.Taeller, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(r.Naevner, NpgsqlDbType.Integer, ct);
            if (r.Graense is { } g) await import.WriteAsync(g, NpgsqlDbType.Double, ct);
            else await import.WriteNullAsync(ct);
            await import.WriteAsync(r.Regelsaet.Navn, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(beregningId, NpgsqlDbType.Bigint, ct);
            await import.WriteAsync(beregnet, NpgsqlDbType.TimestampTz, ct);
        }
        await import.CompleteAsync(ct);
    }
}
