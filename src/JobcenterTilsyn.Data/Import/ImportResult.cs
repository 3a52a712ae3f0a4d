namespace JobcenterTilsyn.Data.Import;

/// <summary>What happened to one file. Nothing of a rejected or already imported file is written.</summary>
public sealed class ImportResult
{
    public required string FileName { get; init; }

    public required ImportKind Kind { get; init; }

    public required ImportMode Mode { get; init; }

    public required ImportOutcome Outcome { get; init; }

    /// <summary>The import_batch row recording this attempt.</summary>
    public int BatchId { get; init; }

    /// <summary>SHA-256 of the file's bytes, 64 lowercase hex characters.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Data rows read (lines after the header, a final empty line not counted).</summary>
    public long RowsRead { get; init; }

    public long RowsInserted { get; init; }

    /// <summary>Rows identical to a stored row or to an earlier row of the same file.</summary>
    public long DuplicatesSkipped { get; init; }

    /// <summary>Stored rows removed before the insert (replace mode).</summary>
    public long RowsDeleted { get; init; }

    /// <summary>Replace mode, person files: the first and last startdato/dato in the file, the range that was replaced.</summary>
    public DateOnly? CoveredFrom { get; init; }

    public DateOnly? CoveredTo { get; init; }

    /// <summary>Replace mode, rammevilkaar: the years in the file, the years that were replaced.</summary>
    public IReadOnlyList<int> CoveredYears { get; init; } = [];

    /// <summary>Every error found (complete count).</summary>
    public long ErrorCount { get; init; }

    /// <summary>Rows with at least one error.</summary>
    public long InvalidRowCount { get; init; }

    /// <summary>The first errors in file order (at most <see cref="MaxListedErrors"/>), CPR numbers masked.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    public required string Message { get; init; }

    public const int MaxListedErrors = ImportErrorList.MaxListed;

    public bool Succeeded => Outcome == ImportOutcome.Succeeded;

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsRead / Elapsed.TotalSeconds : 0;
}
