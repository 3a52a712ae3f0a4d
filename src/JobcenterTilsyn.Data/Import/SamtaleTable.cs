using Npgsql;
using NpgsqlTypes;

namespace JobcenterTilsyn.Data.Import;

/// <summary>samtaler.csv: person, kommune, dato. Replace mode covers [first dato, last dato] of the file.</summary>
internal sealed class SamtaleTable(PersonIdResolver persons, ImportErrorList errors) : ImportTable(errors)
{
    private readonly RunRepeats<(short, DateOnly)> _repeats = new();
    private DateOnly? _first;
    private DateOnly? _last;

    public override ImportKind Kind => ImportKind.Samtaler;

    public override bool SupportsDirect => true;

    public override string TableName => "samtale";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
        [new(PersonIdResolver.Column, true), new("kommunekode", true), new("dato", true)];

    protected override string StagingDefinition => "person_id text COLLATE \"C\" NOT NULL, kommunekode smallint NOT NULL, dato date NOT NULL";

    protected override string StagingColumns => "person_id, kommunekode, dato";

    public override void Row(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, long lineNumber, NpgsqlBinaryImporter? writer)
    {
        var before = Errors.Count;
        var personId = persons.Resolve(line[fields[Index[0]]], lineNumber, Errors);
        Kommunekode(line[fields[Index[1]]], lineNumber, out var kommunekode);
        Date(line[fields[Index[2]]], "dato", lineNumber, out var dato);

        if (Errors.Count != before || writer is null || personId is null) return;
        if (!_repeats.IsNew(personId, (kommunekode, dato)))
        {
            RepeatsDropped++;
            return;
        }
        writer.StartRow();
        writer.Write(personId, NpgsqlDbType.Text);
        writer.Write(kommunekode, NpgsqlDbType.Smallint);
        writer.Write(dato, NpgsqlDbType.Date);
        EndRow(writer);
        if (_first is null || dato < _first) _first = dato;
        if (_last is null || dato > _last) _last = dato;
    }

    public override async Task<long> DeleteCoveredAsync(NpgsqlConnection connection, CancellationToken ct) =>
        _first is null
            ? 0
            : await ExecuteAsync(connection, "DELETE FROM samtale WHERE dato BETWEEN @from AND @to", ct,
                new NpgsqlParameter<DateOnly>("from", _first.Value), new NpgsqlParameter<DateOnly>("to", _last!.Value));

    public override Task<long> InsertAsync(NpgsqlConnection connection, int batchId, CancellationToken ct) =>
        ExecuteAsync(connection,
            $"""
            INSERT INTO samtale ({StagingColumns}, import_batch_id)
            SELECT DISTINCT ON (person_id, dato, kommunekode) {StagingColumns}, @batch
            FROM {Staging} s
            WHERE NOT EXISTS (
                SELECT 1 FROM samtale t WHERE t.person_id = s.person_id AND t.dato = s.dato AND t.kommunekode = s.kommunekode)
            """,
            ct, new NpgsqlParameter<int>("batch", batchId));

    public override void Describe(ImportResultCoverage coverage)
    {
        coverage.From = _first;
        coverage.To = _last;
    }
}
