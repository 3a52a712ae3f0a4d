namespace JobcenterTilsyn.Data.Import;

/// <summary>Fills in the fixed parts of <see cref="ImportProgress"/> for one file.</summary>
internal sealed class ProgressReporter(IProgress<ImportProgress>? progress, string fileName, ImportKind kind, long? totalBytes)
{
    public void Report(ImportPhase phase, long bytesRead, long rowsRead, long errorCount) =>
        progress?.Report(new ImportProgress(fileName, kind, phase, bytesRead, totalBytes, rowsRead, errorCount));
}
