namespace JobcenterTilsyn.Data.Import;

/// <summary>The text codes the import_batch table stores and the file names use, in one place for EF and the SQL.</summary>
public static class ImportCodes
{
    public static string Code(this ImportKind kind) => kind switch
    {
        ImportKind.Ydelsesforloeb => "ydelsesforloeb",
        ImportKind.Indsatser => "indsatser",
        ImportKind.Samtaler => "samtaler",
        ImportKind.Rammevilkaar => "rammevilkaar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Code(this ImportMode mode) => mode switch
    {
        ImportMode.Append => "append",
        ImportMode.Replace => "replace",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Code(this ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Succeeded => "succeeded",
        ImportOutcome.Rejected => "rejected",
        ImportOutcome.AlreadyImported => "already_imported",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static ImportKind ParseKind(string code) => Parse<ImportKind>(code, k => k.Code());

    public static ImportMode ParseMode(string code) => Parse<ImportMode>(code, m => m.Code());

    public static ImportOutcome ParseOutcome(string code) => Parse<ImportOutcome>(code, o => o.Code());

    private static T Parse<T>(string code, Func<T, string> codeOf)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (codeOf(value) == code) return value;
        }
        throw new FormatException($"Unknown {typeof(T).Name} code '{code}'.");
    }
}
