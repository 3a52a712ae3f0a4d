using Npgsql;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// What differs between the four files: columns, row validation, the staging table, the de-duplicating insert and
/// what replace mode deletes. One instance per import (it keeps the column positions and the covered period).
/// </summary>
internal abstract class ImportTable(ImportErrorList errors)
{
    protected const string Staging = "pg_temp.import_staging";

    protected ImportErrorList Errors { get; } = errors;

    /// <summary>Positions of <see cref="Columns"/> in the file's fields, from the header.</summary>
    protected int[] Index { get; private set; } = [];

    public abstract ImportKind Kind { get; }

    /// <summary>The table the rows go to.</summary>
    public abstract string TableName { get; }

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Column definitions of the staging table, in COPY order.</summary>
    protected abstract string StagingDefinition { get; }

    protected abstract string StagingColumns { get; }

    public string CreateStagingSql =>
        $"DROP TABLE IF EXISTS {Staging}; CREATE TEMP TABLE import_staging ({StagingDefinition}) ON COMMIT DROP";

    public string CopySql => DirectBatchId is null
        ? $"COPY {Staging} ({StagingColumns}) FROM STDIN (FORMAT BINARY)"
        : $"COPY {TableName} ({StagingColumns}, import_batch_id) FROM STDIN (FORMAT BINARY, FREEZE)";

    /// <summary>
    /// Whether rows may be COPYed straight into <see cref="TableName"/> when it is empty (the staging columns are the
    /// table's own, and no check needs all rows first). Then <see cref="DirectBatchId"/> is written as a last column.
    /// </summary>
    public virtual bool SupportsDirect => false;

    /// <summary>The columns that make two rows the same (all but the batch): the staged path's DISTINCT ON, the direct path's de-duplication.</summary>
    public string IdentityColumns => StagingColumns;

    /// <summary>Set for the direct path: rows go to the table itself, tagged with this batch.</summary>
    public int? DirectBatchId { get; set; }

    /// <summary>
    /// Rows left out as they streamed by because the same person's run of lines had the same row already
    /// (<see cref="RunRepeats{TKey}"/>): repeats seen this way need no de-duplication in the database.
    /// </summary>
    public long RepeatsDropped { get; protected set; }

    /// <summary>Ends a row written by <see cref="Row"/>: the batch id when copying straight into the table.</summary>
    protected void EndRow(NpgsqlBinaryImporter writer)
    {
        if (DirectBatchId is { } batch) writer.Write(batch, NpgsqlTypes.NpgsqlDbType.Integer);
    }

    public void Bind(int[] index) => Index = index;

    /// <summary>Validates one data row, reporting each bad cell; writes it to the COPY when valid and a writer is given.</summary>
    public abstract void Row(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, long lineNumber, NpgsqlBinaryImporter? writer);

    /// <summary>Checks that need all rows (run after staging, inside the transaction); reports into <see cref="Errors"/>.</summary>
    public virtual Task CheckStagedAsync(NpgsqlConnection connection, ImportMode mode, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Replace mode: deletes the stored rows of the periods this file covers; returns how many.</summary>
    public abstract Task<long> DeleteCoveredAsync(NpgsqlConnection connection, CancellationToken ct);

    /// <summary>Moves the staged rows into the table, skipping rows identical to stored ones or to each other.</summary>
    public abstract Task<long> InsertAsync(NpgsqlConnection connection, int batchId, CancellationToken ct);

    public abstract void Describe(ImportResultCoverage coverage);

    public const string EmptyValue = "required value is empty";

    protected void Kommunekode(ReadOnlySpan<byte> value, long line, out short kode)
    {
        if (!Fields.TryKommunekode(value, out kode))
        {
            Errors.Add(line, "kommunekode", value, value.IsEmpty ? EmptyValue : "unknown kommunekode (not one of the 98 official three-digit codes)");
        }
    }

    protected bool Date(ReadOnlySpan<byte> value, string column, long line, out DateOnly date)
    {
        if (Fields.TryDate(value, out date)) return true;
        Errors.Add(line, column, value, value.IsEmpty ? EmptyValue : "unparsable date: expected YYYY-MM-DD");
        return false;
    }

    protected static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.CommandTimeout = 0; // national files take minutes; cancellation comes from ct
        cmd.Parameters.AddRange(parameters);
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>The period a file covers, as reported in the result (and replaced in replace mode).</summary>
internal sealed class ImportResultCoverage
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public IReadOnlyList<int> Years { get; set; } = [];
}
