using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// rammevilkaar.csv: aar, kommunekode, variabel, vaerdi; one value per (aar, kommunekode, variabel).
/// Replace mode covers the years in the file. Appending a different value for a stored key is an error.
/// </summary>
internal sealed class RammevilkaarTable(ImportErrorList errors) : ImportTable(errors)
{
    private readonly SortedSet<int> _years = [];

    public override ImportKind Kind => ImportKind.Rammevilkaar;

    public override string TableName => "rammevilkaar";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
        [new("aar", true), new("kommunekode", true), new("variabel", true), new("vaerdi", true)];

    protected override string StagingDefinition =>
        "line_no bigint NOT NULL, aar integer NOT NULL, kommunekode smallint NOT NULL, variabel text NOT NULL, vaerdi double precision NOT NULL";

    protected override string StagingColumns => "line_no, aar, kommunekode, variabel, vaerdi";

    public override void Row(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, long lineNumber, NpgsqlBinaryImporter? writer)
    {
        var before = Errors.Count;
        var aarValue = line[fields[Index[0]]];
        if (!Fields.TryAar(aarValue, out var aar))
        {
            Errors.Add(lineNumber, "aar", aarValue, aarValue.IsEmpty ? EmptyValue : "not a four-digit year");
        }
        Kommunekode(line[fields[Index[1]]], lineNumber, out var kommunekode);
        var variabel = line[fields[Index[2]]];
        if (!Fields.IsVariabel(variabel))
        {
            Errors.Add(lineNumber, "variabel", variabel, variabel.IsEmpty ? EmptyValue : "malformed variabel: expected [a-z0-9_]{1,40}");
        }
        var vaerdiValue = line[fields[Index[3]]];
        if (!Fields.TryVaerdi(vaerdiValue, out var vaerdi))
        {
            Errors.Add(lineNumber, "vaerdi", vaerdiValue, vaerdiValue.IsEmpty ? EmptyValue : "not a number with '.' as decimal point");
        }

        if (Errors.Count != before || writer is null) return;
        writer.StartRow();
        writer.Write(lineNumber, NpgsqlDbType.Bigint);
        writer.Write(aar, NpgsqlDbType.Integer);
        writer.Write(kommunekode, NpgsqlDbType.Smallint);
        writer.Write(Fields.Ascii(variabel), NpgsqlDbType.Text);
        writer.Write(vaerdi, NpgsqlDbType.Double);
        _years.Add(aar);
    }

    public override async Task CheckStagedAsync(NpgsqlConnection connection, ImportMode mode, CancellationToken ct)
    {
        // One value per key: within the file, and (append mode) against what earlier imports stored.
        const string sql = $"""
            SELECT s.line_no, s.aar, s.kommunekode, s.variabel, s.vaerdi, NULL::double precision AS stored
            FROM {Staging} s
            JOIN (SELECT aar, kommunekode, variabel FROM {Staging} GROUP BY 1, 2, 3 HAVING count(DISTINCT vaerdi) > 1) d
              USING (aar, kommunekode, variabel)
            UNION ALL
            SELECT s.line_no, s.aar, s.kommunekode, s.variabel, s.vaerdi, r.vaerdi
            FROM {Staging} s JOIN rammevilkaar r USING (aar, kommunekode, variabel)
            WHERE @append AND r.vaerdi <> s.vaerdi
            ORDER BY 1
            """;
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.CommandTimeout = 0;
        cmd.Parameters.Add(new NpgsqlParameter<bool>("append", mode == ImportMode.Append));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = $"aar {reader.GetInt32(1)}, kommunekode {reader.GetInt16(2)}, variabel {reader.GetString(3)}";
            var value = reader.GetDouble(4).ToString("R", CultureInfo.InvariantCulture);
            Errors.Add(reader.GetInt64(0), "vaerdi", value, reader.IsDBNull(5)
                ? $"{key} appears more than once in the file with different values"
                : $"{key} is already stored with the value {reader.GetDouble(5).ToString("R", CultureInfo.InvariantCulture)} "
                  + "from an earlier import; import in replace mode to replace that year");
        }
    }

    public override async Task<long> DeleteCoveredAsync(NpgsqlConnection connection, CancellationToken ct) =>
        _years.Count == 0
            ? 0
            : await ExecuteAsync(connection, "DELETE FROM rammevilkaar WHERE aar = ANY(@years)", ct,
                new NpgsqlParameter<int[]>("years", _years.ToArray()));

    public override Task<long> InsertAsync(NpgsqlConnection connection, int batchId, CancellationToken ct) =>
        ExecuteAsync(connection,
            $"""
            INSERT INTO rammevilkaar (aar, kommunekode, variabel, vaerdi, import_batch_id)
            SELECT aar, kommunekode, variabel, vaerdi, @batch FROM {Staging} ON CONFLICT DO NOTHING
            """,
            ct, new NpgsqlParameter<int>("batch", batchId));

    public override void Describe(ImportResultCoverage coverage) => coverage.Years = _years.ToArray();
}
