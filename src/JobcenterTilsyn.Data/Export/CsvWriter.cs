using System.Globalization;
using System.Text;

namespace JobcenterTilsyn.Data.Export;

/// <summary>
/// Writes the machine-readable exports of data-contract.md: ';' separated, '.' decimal point,
/// UTF-8 without BOM, '\n' after every line. Numbers are rounded only here, with .NET's "F" format
/// (half away from zero on the exact value of the double, as the contract requires).
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public static readonly Encoding Utf8UdenBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private bool _foersteFelt = true;

    public CsvWriter Felt(string? vaerdi)
    {
        if (!_foersteFelt) writer.Write(';');
        writer.Write(vaerdi);
        _foersteFelt = false;
        return this;
    }

    public CsvWriter Felt(long vaerdi) => Felt(vaerdi.ToString(CultureInfo.InvariantCulture));

    /// <summary>A decimal number with a fixed number of decimals; null writes an empty field.</summary>
    public CsvWriter Felt(double? vaerdi, int decimaler) =>
        Felt(vaerdi?.ToString("F" + decimaler.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>A 1/0 flag; null writes an empty field.</summary>
    public CsvWriter Felt(bool? vaerdi) => Felt(vaerdi switch { true => "1", false => "0", null => null });

    public void Linje(params string[] felter)
    {
        foreach (var f in felter) Felt(f);
        SlutLinje();
    }

    public void SlutLinje()
    {
        writer.Write('\n');
        _foersteFelt = true;
    }
}
