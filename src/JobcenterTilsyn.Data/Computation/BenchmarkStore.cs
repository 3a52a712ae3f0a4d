using JobcenterTilsyn.Domain.Benchmark;
using Npgsql;
using NpgsqlTypes;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>
/// Stores benchmark positions (with their intervals) and models (with model version and the rule set in force on the
/// period's last day); a recomputation replaces its periods, in the caller's transaction.
/// </summary>
public static class BenchmarkStore
{
    public static async Task ErstatAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<Benchmarkresultat> resultater, Func<Maaleperiode, string> regelsaet, long beregningId, DateTimeOffset beregnet, CancellationToken ct)
    {
        foreach (var periode in resultater.Select(r => r.Periode).Distinct())
        {
            foreach (var tabel in new[] { "benchmark_resultat", "benchmark_model" })
            {
                await using var delete = new NpgsqlCommand($"DELETE FROM {tabel} WHERE periode_fra = @f AND periode_til = @t", conn, tx);
                delete.Parameters.AddWithValue("f", periode.Fra);
                delete.Parameters.AddWithValue("t", periode.Til);
                await delete.ExecuteNonQueryAsync(ct);
            }
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY benchmark_resultat (periode_fra, periode_til, omraade, kommunekode, fuldtidspersoner, befolkning, faktisk_andel, " +
            "forventet_andel, residual, prediktion_se, rang, klynge, laer_af, residual_lav, residual_hoej, rang_lav, rang_hoej, beregning_id, beregnet) " +
            "FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in resultater)
            {
                foreach (var p in r.Positioner)
                {
                    await import.StartRowAsync(ct);
                    await import.WriteAsync(r.Periode.Fra, NpgsqlDbType.Date, ct);
                    await import.WriteAsync(r.Periode.Til, NpgsqlDbType.Date, ct);
                    await import.WriteAsync((short)r.Omraade, NpgsqlDbType.Smallint, ct);
                    await import.WriteAsync(p.Kommunekode, NpgsqlDbType.Smallint, ct);
                    await import.WriteAsync(p.Fuldtidspersoner, NpgsqlDbType.Double, ct);
                    await import.WriteAsync(p.Befolkning, NpgsqlDbType.Double, ct);
                    await import.WriteAsync(p.FaktiskAndel, NpgsqlDbType.Double, ct);
                    await import.WriteAsync(p.ForventetAndel, NpgsqlDbType.Double, ct);
                    await import.WriteAsync(p.Residual, NpgsqlDbType.Double, ct);
                    await import.WriteAsync(p.PrediktionSe, NpgsqlDbType.Double, ct);
                    await import.WriteAsync(p.Rang, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(p.Klynge, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(p.LaerAf.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint, ct);
                    await SkrivValgfriAsync(import, p.Usikkerhed?.ResidualLav, NpgsqlDbType.Double, ct);
                    await SkrivValgfriAsync(import, p.Usikkerhed?.ResidualHoej, NpgsqlDbType.Double, ct);
                    await SkrivValgfriAsync(import, p.Usikkerhed?.RangLav, NpgsqlDbType.Integer, ct);
                    await SkrivValgfriAsync(import, p.Usikkerhed?.RangHoej, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(beregningId, NpgsqlDbType.Bigint, ct);
                    await import.WriteAsync(beregnet, NpgsqlDbType.TimestampTz, ct);
                }
            }
            await import.CompleteAsync(ct);
        }

        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY benchmark_model (periode_fra, periode_til, omraade, variabler, koefficienter, standardfejl, r_kvadrat, n, modelversion, regelsaet, beregning_id, beregnet) " +
            "FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in resultater)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(r.Periode.Fra, NpgsqlDbType.Date, ct);
                await import.WriteAsync(r.Periode.Til, NpgsqlDbType.Date, ct);
                await import.WriteAsync((short)r.Omraade, NpgsqlDbType.Smallint, ct);
                await import.WriteAsync(r.Model.Variabler.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await import.WriteAsync(r.Model.Koefficienter.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double, ct);
                await import.WriteAsync(r.Model.Standardfejl.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double, ct);
                await import.WriteAsync(r.Model.RKvadrat, NpgsqlDbType.Double, ct);
                await import.WriteAsync(r.Model.N, NpgsqlDbType.Integer, ct);
                await SkrivValgfriAsync(import, r.Usikkerhedsmetode is { } m ? m.Version : null, NpgsqlDbType.Text, ct);
                await import.WriteAsync(regelsaet(r.Periode), NpgsqlDbType.Text, ct);
                await import.WriteAsync(beregningId, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(beregnet, NpgsqlDbType.TimestampTz, ct);
            }
            await import.CompleteAsync(ct);
        }
    }

    private static async Task SkrivValgfriAsync<T>(NpgsqlBinaryImporter import, T? vaerdi, NpgsqlDbType type, CancellationToken ct) where T : struct
    {
        if (vaerdi is { } v) await import.WriteAsync(v, type, ct);
        else await import.WriteNullAsync(ct);
    }

    private static async Task SkrivValgfriAsync(NpgsqlBinaryImporter import, string? vaerdi, NpgsqlDbType type, CancellationToken ct)
    {
        if (vaerdi is not null) await import.WriteAsync(vaerdi, type, ct);
        else await import.WriteNullAsync(ct);
    }
}
