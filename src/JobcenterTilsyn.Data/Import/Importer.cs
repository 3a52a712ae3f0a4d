using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// Imports register extracts (data-contract.md, "Import files"), one file at a time and all or nothing:
/// rows are validated while they stream by binary COPY into a temporary staging table, and only a file without a
/// single error is moved, de-duplicated, into its table and recorded as an import batch, in one transaction. A first load
/// into an empty register table skips the staging table and is COPYed straight in, frozen (<c>TryImportDirectAsync</c>).
/// Memory does not grow with the file. See docs/import.md. Safe to share; each call uses its own connection.
/// </summary>
public sealed class Importer
{
    private const int AdvisoryLockNamespace = 0x4A54_494D; // "JTIM": imports of one kind run their final phase one at a time

    private readonly string _connectionString;
    private readonly CprPseudonymizer? _pseudonymizer;
    private readonly ILogger _logger;

    /// <exception cref="PseudonymizationKeyException">A key is configured but is not base64 of at least 32 bytes.</exception>
    public Importer(string connectionString, PseudonymizationOptions pseudonymization, ILogger<Importer>? logger = null)
    {
        _connectionString = connectionString;
        _pseudonymizer = pseudonymization.CreatePseudonymizer();
        _logger = logger ?? NullLogger<Importer>.Instance;
    }

    /// <summary>False when no key is configured: files with CPR numbers are then rejected.</summary>
    public bool CanPseudonymize => _pseudonymizer is not null;

    /// <summary>Imports a file whose kind is recognised from its name (<see cref="ImportFiles.KindOf"/>).</summary>
    /// <exception cref="ArgumentException">The name is not a contract file name.</exception>
    public async Task<ImportResult> ImportFileAsync(string path, ImportMode mode, string importedBy,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var kind = ImportFiles.KindOf(path)
            ?? throw new ArgumentException($"'{Path.GetFileName(path)}' is not an import file name: expected {ImportFiles.NamingRule}.", nameof(path));
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return await ImportAsync(stream, Path.GetFileName(path), kind, mode, importedBy, progress, ct);
    }

    /// <summary>
    /// Imports one file of the given kind from <paramref name="content"/> (read to its end, not disposed).
    /// A seekable stream is hashed first, so a file imported before is recognised without reading its rows.
    /// </summary>
    public async Task<ImportResult> ImportAsync(Stream content, string fileName, ImportKind kind, ImportMode mode, string importedBy,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, null);

        var attempt = new Attempt(fileName, kind, mode, importedBy, DateTime.UtcNow, Stopwatch.StartNew());
        long? totalBytes = content.CanSeek ? content.Length - content.Position : null;
        var report = new ProgressReporter(progress, fileName, kind, totalBytes);

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);

        string? sha256 = null;
        if (content.CanSeek)
        {
            report.Report(ImportPhase.Hashing, 0, 0, 0);
            var start = content.Position;
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
            content.Position = start;
            if (await FindSucceededAsync(connection, kind, sha256, ct) is { } earlier)
            {
                return await AlreadyImportedAsync(connection, attempt, sha256, 0, earlier, ct);
            }
        }

        if (sha256 is not null)
        {
            var start = content.Position;
            if (await TryImportDirectAsync(connection, content, attempt, sha256, report, ct) is { } direct) return direct;
            content.Position = start; // not possible after all: the staged path reads the file again
        }

        var errors = new ImportErrorList();
        using var persons = new PersonIdResolver(_pseudonymizer);
        var table = CreateTable(kind, persons, errors);
        using var reader = new LineReader(content, computeHash: sha256 is null);

        await using var tx = await connection.BeginTransactionAsync(ct);
        // The de-duplicating insert sorts the staged rows: give it room to do so in memory.
        await ExecuteAsync(connection, "SET LOCAL work_mem = '256MB'; " + table.CreateStagingSql, ct);
        var rowsRead = await StageAsync(connection, reader, table, errors, report, ct);
        _logger.LogDebug("Staged {RowsRead} rows of {File} with {ErrorCount} errors after {Seconds:F1} s",
            rowsRead, fileName, errors.Count, attempt.Clock.Elapsed.TotalSeconds);
        sha256 ??= reader.Sha256();
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return await RejectedAsync(connection, attempt, sha256, rowsRead, errors, ct);
        }

        report.Report(ImportPhase.Storing, reader.BytesRead, rowsRead, 0);
        // Temporary tables get no statistics of their own; the planner needs them to choose between index probes
        // (a small file against a national table) and a hash anti join (a national file).
        await ExecuteAsync(connection, "ANALYZE pg_temp.import_staging", ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLockNamespace}, {(int)kind})", ct);
        if (await FindSucceededAsync(connection, kind, sha256, ct) is { } before)
        {
            await tx.RollbackAsync(ct);
            return await AlreadyImportedAsync(connection, attempt, sha256, rowsRead, before, ct);
        }
        await table.CheckStagedAsync(connection, mode, ct);
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return await RejectedAsync(connection, attempt, sha256, rowsRead, errors, ct);
        }

        var deleted = mode == ImportMode.Replace ? await table.DeleteCoveredAsync(connection, ct) : 0;
        var batchId = await InsertBatchAsync(connection, attempt, sha256, ImportOutcome.Succeeded, rowsRead, null, ct);
        var inserted = await table.InsertAsync(connection, batchId, ct);
        _logger.LogDebug("Stored {RowsInserted} rows of {File} after {Seconds:F1} s", inserted, fileName, attempt.Clock.Elapsed.TotalSeconds);
        await ExecuteAsync(connection,
            "UPDATE import_batch SET rows_inserted = @inserted, duplicates_skipped = @duplicates, rows_deleted = @deleted, finished_at = @finished WHERE id = @id",
            ct,
            new NpgsqlParameter<long>("inserted", inserted), new NpgsqlParameter<long>("duplicates", rowsRead - inserted),
            new NpgsqlParameter<long>("deleted", deleted), new NpgsqlParameter<DateTime>("finished", DateTime.UtcNow),
            new NpgsqlParameter<int>("id", batchId));
        await tx.CommitAsync(ct);
        await AnalyzeAfterBulkChangeAsync(connection, table.TableName, inserted + deleted);
        return Succeeded(attempt, table, batchId, sha256, rowsRead, inserted, deleted);
    }

    /// <summary>
    /// The fast path, for a file (seekable, so it can be read again) of a register whose table is empty: nothing stored
    /// can collide, so the table is truncated (so the COPY may freeze its rows) and its indexes dropped, the rows are
    /// validated and binary-COPYed straight into the table in one streaming read (a row repeated within a person's run of
    /// lines is left out on the way), and the indexes are built again from scratch (one sort instead of an index insert
    /// per row; should a repeat further apart make the unique build fail, the repeats are deleted and it is retried). All inside the same all-or-nothing transaction (PostgreSQL's DDL
    /// is transactional), under the kind's advisory lock, taken first here so no other import of the kind can fill the
    /// table meanwhile; readers of the (empty) table wait for the commit. Errors are reported exactly as on the staged
    /// path (the same row rules; nothing is written). Null when the path does not apply: the staged path runs instead.
    /// </summary>
    private async Task<ImportResult?> TryImportDirectAsync(NpgsqlConnection connection, Stream content, Attempt attempt, string sha256,
        ProgressReporter report, CancellationToken ct)
    {
        var errors = new ImportErrorList();
        using var persons = new PersonIdResolver(_pseudonymizer);
        var table = CreateTable(attempt.Kind, persons, errors);
        if (!table.SupportsDirect) return null;

        await using var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLockNamespace}, {(int)attempt.Kind})", ct);
        await using (var empty = new NpgsqlCommand($"SELECT NOT EXISTS (SELECT 1 FROM {table.TableName})", connection))
        {
            if (!(bool)(await empty.ExecuteScalarAsync(ct))! || await FindSucceededAsync(connection, attempt.Kind, sha256, ct) is not null)
            {
                await tx.RollbackAsync(ct);
                return null;
            }
        }
        var batchId = await InsertBatchAsync(connection, attempt, sha256, ImportOutcome.Succeeded, 0, null, ct);
        table.DirectBatchId = batchId;
        // Truncating the (empty) table in this transaction lets the COPY write its rows frozen and its pages marked
        // all-visible: the computation's person-ordered read is then an index-only scan that never visits the heap,
        // whatever order the file's lines came in (without it, every row was fetched from a heap in file order, and the
        // next computation took 1.6 times as long). A rollback brings the old (empty) table back.
        await ExecuteAsync(connection, $"TRUNCATE {table.TableName}", ct);
        var indexes = await DropIndexesAsync(connection, table.TableName, ct);
        using var reader = new LineReader(content, computeHash: false);
        long rowsRead;
        try
        {
            rowsRead = await StageAsync(connection, reader, table, errors, report, ct);
        }
        catch (PostgresException) when (errors.Count > 0)
        {
            // The COPY was given up after the file's first error; the errors are what the user needs.
            rowsRead = -1;
        }
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            if (rowsRead < 0) return null; // the row count is unknown: let the staged path read and report the file
            return await RejectedAsync(connection, attempt, sha256, rowsRead, errors, ct);
        }

        report.Report(ImportPhase.Storing, reader.BytesRead, rowsRead, 0);
        // The de-duplicating sort and the index builds get room to sort in memory.
        await ExecuteAsync(connection, "SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '1GB'", ct);
        var duplicates = table.RepeatsDropped + await RecreateIndexesAsync(connection, table, indexes, ct);
        var inserted = rowsRead - duplicates;
        await ExecuteAsync(connection,
            "UPDATE import_batch SET rows_read = @read, rows_inserted = @inserted, duplicates_skipped = @duplicates, rows_deleted = 0, finished_at = @finished WHERE id = @id",
            ct,
            new NpgsqlParameter<long>("read", rowsRead), new NpgsqlParameter<long>("inserted", inserted),
            new NpgsqlParameter<long>("duplicates", duplicates), new NpgsqlParameter<DateTime>("finished", DateTime.UtcNow),
            new NpgsqlParameter<int>("id", batchId));
        await tx.CommitAsync(ct);
        _logger.LogDebug("Copied {File} straight into the empty {Table} ({Duplicates} repeated rows removed)", attempt.FileName, table.TableName, duplicates);
        await AnalyzeAfterBulkChangeAsync(connection, table.TableName, inserted);
        return Succeeded(attempt, table, batchId, sha256, rowsRead, inserted, 0);
    }

    /// <summary>Drops every index of the table (a primary key as its constraint); returns the statements that recreate them.</summary>
    private static async Task<List<(string Drop, string Create)>> DropIndexesAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        var indexes = new List<(string Drop, string Create)>();
        await using (var cmd = new NpgsqlCommand(
            """
            SELECT CASE WHEN c.conname IS NOT NULL THEN format('ALTER TABLE %I DROP CONSTRAINT %I', @table, c.conname)
                        ELSE format('DROP INDEX %s', x.indexrelid::regclass) END,
                   CASE WHEN c.conname IS NOT NULL THEN format('ALTER TABLE %I ADD CONSTRAINT %I %s', @table, c.conname, pg_get_constraintdef(c.oid))
                        ELSE pg_get_indexdef(x.indexrelid) END
            FROM pg_index x
            LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
            WHERE x.indrelid = @table::regclass
            """, connection))
        {
            cmd.Parameters.Add(new NpgsqlParameter<string>("table", table));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) indexes.Add((r.GetString(0), r.GetString(1)));
        }
        foreach (var (drop, _) in indexes) await ExecuteAsync(connection, drop, ct);
        return indexes;
    }

    /// <summary>
    /// Builds the dropped indexes again. A unique one refuses a row repeated within the file: then the repeats are
    /// deleted (every column but the batch is the row's identity, as on the staged path) and the build is retried.
    /// Returns how many rows were deleted.
    /// </summary>
    private static async Task<long> RecreateIndexesAsync(NpgsqlConnection connection, ImportTable table, List<(string Drop, string Create)> indexes, CancellationToken ct)
    {
        await ExecuteAsync(connection, "SAVEPOINT direct_indexes", ct);
        try
        {
            foreach (var (_, create) in indexes) await ExecuteAsync(connection, create, ct);
            await ExecuteAsync(connection, "RELEASE SAVEPOINT direct_indexes", ct);
            return 0;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await ExecuteAsync(connection, "ROLLBACK TO SAVEPOINT direct_indexes", ct);
        }
        var columns = table.IdentityColumns;
        long deleted;
        await using (var cmd = new NpgsqlCommand(
            $"""
            DELETE FROM {table.TableName} WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM (SELECT ctid, row_number() OVER (PARTITION BY {columns}) AS n FROM {table.TableName}) r WHERE n > 1))
            """, connection))
        {
            cmd.CommandTimeout = 0;
            deleted = await cmd.ExecuteNonQueryAsync(ct);
        }
        foreach (var (_, create) in indexes) await ExecuteAsync(connection, create, ct);
        return deleted;
    }

    private ImportResult Succeeded(Attempt attempt, ImportTable table, int batchId, string sha256, long rowsRead, long inserted, long deleted)
    {
        var (fileName, kind, mode) = (attempt.FileName, attempt.Kind, attempt.Mode);
        var coverage = new ImportResultCoverage();
        table.Describe(coverage);
        var elapsed = attempt.Clock.Elapsed;
        _logger.LogInformation(
            "Imported {File} as batch {BatchId} ({Kind}, {Mode}): {RowsRead} rows read, {RowsInserted} inserted, {Duplicates} duplicates skipped, {RowsDeleted} replaced, in {Seconds:F1} s ({RowsPerSecond:F0} rows/s)",
            fileName, batchId, kind.Code(), mode.Code(), rowsRead, inserted, rowsRead - inserted, deleted, elapsed.TotalSeconds,
            elapsed.TotalSeconds > 0 ? rowsRead / elapsed.TotalSeconds : 0);
        return new ImportResult
        {
            FileName = fileName, Kind = kind, Mode = mode, Outcome = ImportOutcome.Succeeded, BatchId = batchId, Sha256 = sha256,
            RowsRead = rowsRead, RowsInserted = inserted, DuplicatesSkipped = rowsRead - inserted, RowsDeleted = deleted,
            CoveredFrom = coverage.From, CoveredTo = coverage.To, CoveredYears = coverage.Years, Elapsed = elapsed,
            Message = SucceededMessage(mode, rowsRead, inserted, deleted, coverage),
        };
    }

    /// <summary>The latest import attempts, newest first (succeeded, rejected and repeated ones).</summary>
    public async Task<IReadOnlyList<ImportBatchEntity>> HistoryAsync(int limit = 100, CancellationToken ct = default)
    {
        await using var db = new TilsynDbContext(DbContextOptionsSetup.For(_connectionString));
        return await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(limit).ToListAsync(ct);
    }

    /// <summary>
    /// Fresh planner statistics right away, so a computation started just after a large import plans well
    /// (autovacuum would get there within minutes). The import is committed: a failure here is only logged.
    /// </summary>
    private async Task AnalyzeAfterBulkChangeAsync(NpgsqlConnection connection, string table, long changedRows)
    {
        if (changedRows < 10_000) return;
        try
        {
            await ExecuteAsync(connection, $"ANALYZE {table}", CancellationToken.None);
        }
        catch (NpgsqlException ex)
        {
            _logger.LogWarning(ex, "ANALYZE {Table} after the import failed; autovacuum will do it later", table);
        }
    }

    private ImportTable CreateTable(ImportKind kind, PersonIdResolver persons, ImportErrorList errors) => kind switch
    {
        ImportKind.Ydelsesforloeb => new PeriodTable(kind, "ydelsesperiode", "ydelsesgruppe",
            new CodeTable(Registerkoder.Ydelsesgrupper.Select(c => (c, Registerkoder.TryYdelsesgruppe(c, out var g) ? (short)g : (short)0))), persons, errors),
        ImportKind.Indsatser => new PeriodTable(kind, "indsats", "indsatstype",
            new CodeTable(Registerkoder.Indsatstyper.Select(c => (c, Registerkoder.TryIndsatstype(c, out var t) ? (short)t : (short)0))), persons, errors),
        ImportKind.Samtaler => new SamtaleTable(persons, errors),
        ImportKind.Rammevilkaar => new RammevilkaarTable(errors),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads, validates and COPYs every row; after the first error nothing more is copied, but validation goes on.</summary>
    private static async Task<long> StageAsync(NpgsqlConnection connection, LineReader reader, ImportTable table, ImportErrorList errors,
        ProgressReporter report, CancellationToken ct)
    {
        var state = new StagingState(table, errors);
        var copy = await connection.BeginBinaryImportAsync(table.CopySql, ct);
        try
        {
            while (true)
            {
                state.ProcessLines(reader, errors.Count == 0 ? copy : null);
                if (errors.Count > 0 && copy is not null)
                {
                    await copy.DisposeAsync(); // cancels the COPY: the transaction is rolled back anyway
                    copy = null;
                }
                if (state.HeaderRejected)
                {
                    await reader.DrainAsync(ct); // still hash every byte, to record the attempt
                    break;
                }
                report.Report(ImportPhase.Reading, reader.BytesRead, state.RowsRead, errors.Count);
                if (reader.Finished) break;
                await reader.FillAsync(ct);
            }
            state.Finish();
            if (copy is not null && errors.Count == 0) await copy.CompleteAsync(ct);
            return state.RowsRead;
        }
        finally
        {
            if (copy is not null) await copy.DisposeAsync();
        }
    }

    private static async Task<(int Id, DateTime StartedAt)?> FindSucceededAsync(NpgsqlConnection connection, ImportKind kind, string sha256, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT id, started_at FROM import_batch WHERE kind = @kind AND sha256 = @sha AND outcome = 'succeeded'", connection);
        cmd.Parameters.Add(new NpgsqlParameter<string>("kind", kind.Code()));
        cmd.Parameters.Add(new NpgsqlParameter<string>("sha", sha256));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetInt32(0), r.GetDateTime(1)) : null;
    }

    private async Task<ImportResult> AlreadyImportedAsync(NpgsqlConnection connection, Attempt attempt, string sha256, long rowsRead,
        (int Id, DateTime StartedAt) earlier, CancellationToken ct)
    {
        var batchId = await InsertBatchAsync(connection, attempt, sha256, ImportOutcome.AlreadyImported, rowsRead, null, ct);
        _logger.LogInformation("Skipped {File} ({Kind}): the same file was imported as batch {EarlierBatchId}", attempt.FileName,
            attempt.Kind.Code(), earlier.Id);
        return new ImportResult
        {
            FileName = attempt.FileName, Kind = attempt.Kind, Mode = attempt.Mode, Outcome = ImportOutcome.AlreadyImported, BatchId = batchId,
            Sha256 = sha256, RowsRead = rowsRead, Elapsed = attempt.Clock.Elapsed,
            Message = string.Create(CultureInfo.InvariantCulture,
                $"Already imported (batch {earlier.Id}, {earlier.StartedAt:yyyy-MM-dd HH:mm} UTC): the same file was imported before; nothing changed."),
        };
    }

    private async Task<ImportResult> RejectedAsync(NpgsqlConnection connection, Attempt attempt, string sha256, long rowsRead,
        ImportErrorList errors, CancellationToken ct)
    {
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Rejected: {errors.Count} error(s) in {errors.InvalidRows} line(s); nothing of the file was written.");
        var summary = message + " First: " + string.Join(" | ", errors.Listed.Take(10));
        var batchId = await InsertBatchAsync(connection, attempt, sha256, ImportOutcome.Rejected, rowsRead,
            (errors.Count, summary.Length > 4000 ? summary[..4000] : summary), ct);
        _logger.LogWarning("Rejected {File} ({Kind}) as batch {BatchId}: {ErrorCount} errors in {InvalidRows} lines",
            attempt.FileName, attempt.Kind.Code(), batchId, errors.Count, errors.InvalidRows);
        return new ImportResult
        {
            FileName = attempt.FileName, Kind = attempt.Kind, Mode = attempt.Mode, Outcome = ImportOutcome.Rejected, BatchId = batchId,
            Sha256 = sha256, RowsRead = rowsRead, ErrorCount = errors.Count, InvalidRowCount = errors.InvalidRows, Errors = errors.Listed,
            Elapsed = attempt.Clock.Elapsed, Message = message,
        };
    }

    private static async Task<int> InsertBatchAsync(NpgsqlConnection connection, Attempt attempt, string sha256, ImportOutcome outcome,
        long rowsRead, (long Count, string Summary)? errors, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO import_batch (kind, file_name, sha256, imported_by, started_at, finished_at, rows_read, rows_inserted,
                                      duplicates_skipped, rows_deleted, mode, outcome, error_count, error_summary)
            VALUES (@kind, @file, @sha, @by, @started, @finished, @read, 0, 0, 0, @mode, @outcome, @errors, @summary)
            RETURNING id
            """, connection);
        cmd.Parameters.Add(new NpgsqlParameter<string>("kind", attempt.Kind.Code()));
        cmd.Parameters.Add(new NpgsqlParameter<string>("file", attempt.FileName));
        cmd.Parameters.Add(new NpgsqlParameter<string>("sha", sha256));
        cmd.Parameters.Add(new NpgsqlParameter<string>("by", attempt.ImportedBy));
        cmd.Parameters.Add(new NpgsqlParameter<DateTime>("started", attempt.StartedAt));
        cmd.Parameters.Add(new NpgsqlParameter<DateTime>("finished", DateTime.UtcNow));
        cmd.Parameters.Add(new NpgsqlParameter<long>("read", rowsRead));
        cmd.Parameters.Add(new NpgsqlParameter<string>("mode", attempt.Mode.Code()));
        cmd.Parameters.Add(new NpgsqlParameter<string>("outcome", outcome.Code()));
        cmd.Parameters.Add(new NpgsqlParameter<long>("errors", errors?.Count ?? 0));
        cmd.Parameters.Add(new NpgsqlParameter("summary", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)errors?.Summary ?? DBNull.Value });
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.CommandTimeout = 0;
        cmd.Parameters.AddRange(parameters);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string SucceededMessage(ImportMode mode, long read, long inserted, long deleted, ImportResultCoverage coverage)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Imported {inserted} of {read} rows ({read - inserted} duplicates skipped).");
        if (mode != ImportMode.Replace) return text;
        var period = coverage.Years.Count > 0
            ? "the years " + string.Join(", ", coverage.Years)
            : coverage.From is { } from ? string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{coverage.To:yyyy-MM-dd}") : "no period";
        return text + string.Create(CultureInfo.InvariantCulture, $" Replaced {deleted} stored rows of {period}.");
    }

    private sealed record Attempt(string FileName, ImportKind Kind, ImportMode Mode, string ImportedBy, DateTime StartedAt, Stopwatch Clock);
}
