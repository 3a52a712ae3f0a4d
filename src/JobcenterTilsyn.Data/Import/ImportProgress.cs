namespace JobcenterTilsyn.Data.Import;

public enum ImportPhase
{
    /// <summary>Computing the file's SHA-256 to recognise a file imported before.</summary>
    Hashing,

    /// <summary>Reading, validating and staging the rows.</summary>
    Reading,

    /// <summary>Writing the staged rows into the table (set-based, de-duplicated).</summary>
    Storing,
}

/// <summary>Where an import is. <c>TotalBytes</c> is known for files and other seekable streams.</summary>
public readonly record struct ImportProgress(
    string FileName, ImportKind Kind, ImportPhase Phase, long BytesRead, long? TotalBytes, long RowsRead, long ErrorCount);
