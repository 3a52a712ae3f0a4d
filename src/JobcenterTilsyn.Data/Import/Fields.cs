using System.Globalization;
using System.Text;
using JobcenterTilsyn.Data.Reference;

namespace JobcenterTilsyn.Data.Import;

/// <summary>Parsers for the field formats of data-contract.md, on raw UTF-8 bytes (no string per field on the hot path).</summary>
internal static class Fields
{
    private static readonly bool[] KnownKommune = BuildKommuneTable();

    /// <summary>ISO <c>YYYY-MM-DD</c> exactly: ten characters, a real calendar day.</summary>
    public static bool TryDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-') return false;
        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>One of the 98 official three-digit codes.</summary>
    public static bool TryKommunekode(ReadOnlySpan<byte> s, out short kode)
    {
        kode = 0;
        if (s.Length != 3 || !TryDigits(s, out var value) || !KnownKommune[value]) return false;
        kode = (short)value;
        return true;
    }

    /// <summary>A four-digit year.</summary>
    public static bool TryAar(ReadOnlySpan<byte> s, out int aar)
    {
        var digits = TryDigits(s, out aar);
        return digits && s.Length == 4 && aar >= 1000;
    }

    /// <summary>A number with '.' as decimal point (optional sign and exponent), finite. No thousands separators.</summary>
    public static bool TryVaerdi(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (s.IsEmpty || s.ContainsAnyExcept("0123456789.-+eE"u8)) return false;
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                   CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    /// <summary><c>[a-z0-9_]{1,40}</c>.</summary>
    public static bool IsVariabel(ReadOnlySpan<byte> s) =>
        s.Length is >= 1 and <= 40 && !s.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789_"u8);

    public static string Ascii(ReadOnlySpan<byte> s) => Encoding.ASCII.GetString(s);

    private static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9) return false;
        foreach (var b in s)
        {
            var d = b - '0';
            if ((uint)d > 9) return false;
            value = (value * 10) + d;
        }
        return true;
    }

    private static bool[] BuildKommuneTable()
    {
        var table = new bool[1000];
        foreach (var k in KommuneReferencedata.Kommuner) table[k.Kommunekode] = true;
        return table;
    }
}
