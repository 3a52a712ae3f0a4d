using JobcenterTilsyn.Domain.Udsigt;
using JobcenterTilsyn.Domain.Tid;
using Npgsql;
using NpgsqlTypes;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>Stores the outlook: a recomputation replaces the status months it covers, in the caller's transaction.</summary>
public static class UdsigtStore
{
    public static async Task ErstatAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Maaned> statusmaaneder, IReadOnlyList<Udsigtsresultat> resultater,
        long beregningId, DateTimeOffset beregnet, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand("DELETE FROM udsigt WHERE status_maaned = ANY(@m)", conn, tx))
        {
            delete.Parameters.AddWithValue("m", statusmaaneder.Select(m => m.Foerste).ToArray());
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using var import = await conn.BeginBinaryImportAsync(
            "COPY udsigt (status_maaned, maaned, kommunekode, maal, naevner, har_tilbud, graense, regelsaet, beregning_id, beregnet) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in resultater)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(r.Statusmaaned.Foerste, NpgsqlDbType.Date, ct);
            await import.WriteAsync(r.Maaned.Foerste, NpgsqlDbType.Date, ct);
            await import.WriteAsync(r.Kommunekode, NpgsqlDbType.Smallint, ct);
            await import.WriteAsync((short)r.Maal, NpgsqlDbType.Smallint, ct);
            await import.WriteAsync(r.Naevner, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(r.HarTilbud, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(r.Graense, NpgsqlDbType.Double, ct);
            await import.WriteAsync(r.Regelsaet.Navn, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(beregningId, NpgsqlDbType.Bigint, ct);
            await import.WriteAsync(beregnet, NpgsqlDbType.TimestampTz, ct);
        }
        await import.CompleteAsync(ct);
    }
}
