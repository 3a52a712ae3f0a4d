using JobcenterTilsyn.Data.Import;

namespace JobcenterTilsyn.Data.Entities;

/// <summary>One attempt to import one file: what, by whom, how it went. Succeeded batches are unique per (kind, sha256).</summary>
public sealed class ImportBatchEntity
{
    public int Id { get; set; }

    public ImportKind Kind { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, 64 lowercase hex characters.</summary>
    public required string Sha256 { get; set; }

    public required string ImportedBy { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public long RowsRead { get; set; }

    public long RowsInserted { get; set; }

    public long DuplicatesSkipped { get; set; }

    /// <summary>Rows of earlier imports removed in replace mode.</summary>
    public long RowsDeleted { get; set; }

    public ImportMode Mode { get; set; }

    public ImportOutcome Outcome { get; set; }

    /// <summary>Number of errors found (rejected batches); the summary below lists the first few, CPR numbers masked.</summary>
    public long ErrorCount { get; set; }

    public string? ErrorSummary { get; set; }
}
