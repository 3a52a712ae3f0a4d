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

    public static ImportKind ParseKind(string code) =>
        Enum.GetValues<ImportKind>().FirstOrDefault(k => k.Code() == code, (ImportKind)(-1)) is var k && Enum.IsDefined(k)
            ? k : throw new FormatException($"Unknown import kind '{code}'.");

    public static ImportMode ParseMode(string code) =>
        Enum.GetValues<ImportMode>().FirstOrDefault(m => m.Code() == code, (ImportMode)(-1)) is var m && Enum.IsDefined(m)
            ? m : throw new FormatException($"Unknown import mode '{code}'.");

    public static ImportOutcome ParseOutcome(string code) =>
        Enum.GetValues<ImportOutcome>().FirstOrDefault(o => o.Code() == code, (ImportOutcome)(-1)) is var o && Enum.IsDefined(o)
            ? o : throw new FormatException($"Unknown import outcome '{code}'.");
}
