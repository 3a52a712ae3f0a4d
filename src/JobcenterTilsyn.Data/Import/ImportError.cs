namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// One problem in an import file. <c>Line</c> counts the header as line 1. <c>Column</c> is the contract's column
/// name, or null for a problem of the whole line. <c>Value</c> is the offending cell as found, shortened, with any
/// CPR-shaped digits masked (<c>DDMMYY-XXXX</c>): a report never echoes a CPR number.
/// </summary>
public sealed record ImportError(long Line, string? Column, string? Value, string Reason)
{
    public override string ToString() =>
        $"line {Line}" + (Column is null ? "" : $", {Column}") + (Value is null ? "" : $" '{Value}'") + $": {Reason}";
}
