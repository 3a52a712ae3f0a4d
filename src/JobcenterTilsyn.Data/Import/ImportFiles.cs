namespace JobcenterTilsyn.Data.Import;

/// <summary>A file to import and the kind its name says it is.</summary>
public sealed record ImportFile(string Path, ImportKind Kind);

/// <summary>The contract files in one folder, in import order, and the files there that are not contract files.</summary>
public sealed record ImportFolder(IReadOnlyList<ImportFile> Files, IReadOnlyList<string> Skipped);

/// <summary>
/// Recognises import files by name (docs/import.md): a <c>.csv</c> file whose name, split at <c>_ - .</c> and
/// spaces, contains exactly one of the words ydelsesforloeb, indsatser, samtaler, rammevilkaar (case-insensitive):
/// <c>ydelsesforloeb.csv</c>, <c>ydelsesforloeb_2025.csv</c>, <c>2025-06_Samtaler.csv</c>.
/// </summary>
public static class ImportFiles
{
    /// <summary>The order a folder is imported in: framework conditions first, then the person files.</summary>
    public static IReadOnlyList<ImportKind> Order { get; } =
        [ImportKind.Rammevilkaar, ImportKind.Ydelsesforloeb, ImportKind.Indsatser, ImportKind.Samtaler];

    private static readonly char[] WordSeparators = ['_', '-', '.', ' '];

    public static ImportKind? KindOf(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return null;
        var words = name[..^4].Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        var kinds = Order.Where(k => words.Contains(k.Code(), StringComparer.OrdinalIgnoreCase)).ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }

    /// <summary>The contract files directly in <paramref name="folder"/> (not in subfolders), by kind in <see cref="Order"/>, then by name.</summary>
    public static ImportFolder InFolder(string folder)
    {
        var files = new List<ImportFile>();
        var skipped = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (KindOf(path) is { } kind) files.Add(new ImportFile(path, kind));
            else skipped.Add(path);
        }
        return new ImportFolder(
            files.OrderBy(f => Order.ToList().IndexOf(f.Kind)).ThenBy(f => f.Path, StringComparer.Ordinal).ToList(),
            skipped);
    }

    /// <summary>A human-readable statement of the naming rule, for messages.</summary>
    public static string NamingRule =>
        "a .csv file whose name contains exactly one of the words ydelsesforloeb, indsatser, samtaler, rammevilkaar "
        + "(separated by _ - . or space), e.g. ydelsesforloeb.csv or ydelsesforloeb_2025.csv";
}
