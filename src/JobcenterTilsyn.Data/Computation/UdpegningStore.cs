using JobcenterTilsyn.Domain.Udpegning;
using Npgsql;
using NpgsqlTypes;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>Stores a year's designation with what it rests on; a recomputation replaces the year, in the caller's transaction.</summary>
public static class UdpegningStore
{
    public static async Task ErstatAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, Aarsudpegningsresultat udpegning, long beregningId, DateTimeOffset beregnet, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand("DELETE FROM udpegning WHERE aar = @a", conn, tx))
        {
            delete.Parameters.AddWithValue("a", udpegning.Aar);
            await delete.ExecuteNonQueryAsync(ct);
        }

        var grundlag = udpegning.Grundlag.ToDictionary(g => g.Kommunekode);
        await using var import = await conn.BeginBinaryImportAsync(
            "COPY udpegning (aar, kommunekode, kategori, resultat_kriterie, indsats_kriterie, a_taeller, a_naevner, b_taeller, b_naevner, " +
            "graense_a, graense_b, rang, antal_kommuner, regelsaet, beregning_id, beregnet) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in udpegning.Resultater)
        {
            var g = grundlag[r.Kommunekode];
            await import.StartRowAsync(ct);
            await import.WriteAsync(udpegning.Aar, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(r.Kommunekode, NpgsqlDbType.Smallint, ct);
            await import.WriteAsync(r.Kategori.Kode(), NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.ResultatKriterie, NpgsqlDbType.Boolean, ct);
            await import.WriteAsync(r.IndsatsKriterie, NpgsqlDbType.Boolean, ct);
            await import.WriteAsync((int)g.ATaeller, NpgsqlDbType.Integer, ct);
            await import.WriteAsync((int)g.ANaevner, NpgsqlDbType.Integer, ct);
            await import.WriteAsync((int)g.BTaeller, NpgsqlDbType.Integer, ct);
            await import.WriteAsync((int)g.BNaevner, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(udpegning.Regelsaet.GraenseA, NpgsqlDbType.Double, ct);
            await import.WriteAsync(udpegning.Regelsaet.GraenseB, NpgsqlDbType.Double, ct);
            await import.WriteAsync(g.Rang, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(udpegning.Grundlag.Count, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(udpegning.Regelsaet.Navn, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(beregningId, NpgsqlDbType.Bigint, ct);
            await import.WriteAsync(beregnet, NpgsqlDbType.TimestampTz, ct);
        }
        await import.CompleteAsync(ct);
    }
}
