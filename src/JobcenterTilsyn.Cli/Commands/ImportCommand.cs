using System.Diagnostics;
using System.Globalization;
using JobcenterTilsyn.Data.Import;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// <c>import PATH... [--replace]</c>: files, or every contract file in a folder. Each file is imported on its own,
/// all or nothing; a rejected file does not stop the others. Exit 1 if any file was rejected (report on stderr).
/// </summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public string Usage => "import PATH... [--replace]";

    public string Summary => "imports files, or every contract file in a folder, recognised by file name";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var mode = context.Args.Flag("replace") ? ImportMode.Replace : ImportMode.Append;
        context.Args.RejectUnknown();
        var files = Resolve(context);
        Importer importer;
        try
        {
            importer = new Importer(context.ConnectionString,
                new PseudonymizationOptions { Key = context.Configuration[PseudonymizationOptions.ConfigurationKey] });
        }
        catch (PseudonymizationKeyException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var importedBy = "cli:" + Environment.UserName;
        var results = new List<ImportResult>();
        foreach (var file in files)
        {
            var progress = new TextProgress(context.Error, Interactive(context));
            var result = await importer.ImportFileAsync(file.Path, mode, importedBy, progress, ct);
            progress.Clear();
            results.Add(result);
            context.Out.WriteLine(SummaryLine(file.Path, result));
            if (result.Outcome == ImportOutcome.Rejected) WriteReport(context.Error, file.Path, result);
        }

        var rejected = results.Count(r => r.Outcome == ImportOutcome.Rejected);
        var imported = results.Count(r => r.Outcome == ImportOutcome.Succeeded);
        var repeated = results.Count(r => r.Outcome == ImportOutcome.AlreadyImported);
        if (results.Count > 1 || rejected > 0)
        {
            context.Out.WriteLine(Invariant(
                $"{results.Count} file(s): {imported} imported, {repeated} already imported, {rejected} rejected."));
        }
        if (rejected > 0 && results.Count > 1)
        {
            context.Out.WriteLine("Each file is imported on its own: the files not rejected were imported; nothing of a rejected file was.");
        }
        return rejected > 0 ? CliApp.InvalidInput : CliApp.Ok;
    }

    private static List<ImportFile> Resolve(CliContext context)
    {
        if (context.Args.Positional.Count == 0) throw new CliUsageException("Give at least one file or folder to import.");
        var files = new List<ImportFile>();
        foreach (var path in context.Args.Positional)
        {
            if (Directory.Exists(path))
            {
                var folder = ImportFiles.InFolder(path);
                foreach (var skipped in folder.Skipped)
                {
                    context.Error.WriteLine($"Skipping {skipped}: not an import file name.");
                }
                if (folder.Files.Count == 0)
                {
                    throw new CliUsageException($"The folder '{path}' holds no import file: expected {ImportFiles.NamingRule}.");
                }
                files.AddRange(folder.Files);
            }
            else if (File.Exists(path))
            {
                var kind = ImportFiles.KindOf(path)
                    ?? throw new CliUsageException($"'{path}' is not an import file name: expected {ImportFiles.NamingRule}.");
                files.Add(new ImportFile(path, kind));
            }
            else
            {
                throw new CliUsageException($"No such file or folder: '{path}'.");
            }
        }
        return files;
    }

    private static string SummaryLine(string path, ImportResult r) => r.Outcome switch
    {
        ImportOutcome.Succeeded => ImportedLine(path, r),
        ImportOutcome.AlreadyImported => $"{path}: {r.Message}",
        _ => Invariant($"{path}: REJECTED ({r.Kind.Code()}): {r.ErrorCount:N0} error(s) in {r.InvalidRowCount:N0} line(s); nothing of the file was written."),
    };

    private static string ImportedLine(string path, ImportResult r)
    {
        var line = Invariant(
            $"{path}: imported ({r.Kind.Code()}, {r.Mode.Code()}): {r.RowsRead:N0} rows read, {r.RowsInserted:N0} inserted, {r.DuplicatesSkipped:N0} duplicates skipped");
        if (r.Mode == ImportMode.Replace) line += Invariant($", {r.RowsDeleted:N0} stored rows replaced");
        line += Invariant($", {r.Elapsed.TotalSeconds:F1} s, {r.RowsPerSecond:N0} rows/s.");
        return r.Mode == ImportMode.Replace ? line + " " + r.Message : line;
    }

    private static void WriteReport(TextWriter error, string path, ImportResult r)
    {
        error.WriteLine(Invariant($"{path}: rejected, {r.ErrorCount} error(s) in {r.InvalidRowCount} line(s):"));
        foreach (var e in r.Errors)
        {
            error.WriteLine($"  {e}");
        }
        if (r.ErrorCount > r.Errors.Count)
        {
            error.WriteLine(Invariant($"  ... and {r.ErrorCount - r.Errors.Count} more error(s) (the first {r.Errors.Count} are listed)."));
        }
    }

    private static bool Interactive(CliContext context) =>
        ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Progress on stderr: one line rewritten in place on a terminal, an occasional line otherwise.</summary>
    private sealed class TextProgress(TextWriter writer, bool interactive) : IProgress<ImportProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last;
        private int _width;

        public void Report(ImportProgress value)
        {
            var now = _clock.Elapsed;
            // Small files finish before the first line is due: no progress noise for them.
            if (now - _last < (interactive ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(5))) return;
            _last = now;
            var percent = value.TotalBytes is > 0 ? Invariant($" {100.0 * value.BytesRead / value.TotalBytes.Value:F0} %") : "";
            var text = Invariant($"{value.FileName}: {value.Phase.ToString().ToLowerInvariant()}{percent}, {value.RowsRead:N0} rows")
                + (value.ErrorCount > 0 ? Invariant($", {value.ErrorCount:N0} errors") : "");
            if (interactive)
            {
                writer.Write("\r" + text.PadRight(_width));
                _width = text.Length;
            }
            else
            {
                writer.WriteLine(text);
            }
        }

        public void Clear()
        {
            if (interactive && _width > 0) writer.Write("\r" + new string(' ', _width) + "\r");
        }
    }
}
