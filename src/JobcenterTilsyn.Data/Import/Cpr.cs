using System.Text.RegularExpressions;

namespace JobcenterTilsyn.Data.Import;

internal enum PersonIdShape
{
    Empty,
    Pseudonym,
    Cpr,

    /// <summary>Of CPR shape, but DDMM is no day of a year: invalid, never a pseudonym.</summary>
    InvalidCpr,
    Malformed,
}

/// <summary>The person_id rules of data-contract.md, on the raw bytes of a field.</summary>
internal static partial class Cpr
{
    public const int Digits = 10;
    public const int MaxPseudonymLength = 64;

    public static PersonIdShape Classify(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty) return PersonIdShape.Empty;
        if (IsCprShaped(value)) return HasValidDate(value) ? PersonIdShape.Cpr : PersonIdShape.InvalidCpr;
        if (value.Length > MaxPseudonymLength) return PersonIdShape.Malformed;
        foreach (var b in value)
        {
            if (!(b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'_' or (byte)'-'))
            {
                return PersonIdShape.Malformed;
            }
        }
        return PersonIdShape.Pseudonym;
    }

    /// <summary><c>DDMMYY-SSSS</c> or <c>DDMMYYSSSS</c>: six digits, an optional dash, four digits.</summary>
    public static bool IsCprShaped(ReadOnlySpan<byte> v) => v.Length switch
    {
        10 => AllDigits(v),
        11 => v[6] == (byte)'-' && AllDigits(v[..6]) && AllDigits(v[7..]),
        _ => false,
    };

    /// <summary>The ten digits of a CPR-shaped value, dash dropped.</summary>
    public static void CopyDigits(ReadOnlySpan<byte> cpr, Span<byte> digits)
    {
        cpr[..6].CopyTo(digits);
        cpr[^4..].CopyTo(digits[6..]);
    }

    /// <summary>DDMM must be a day of a year; 29 February only when YY is divisible by 4.</summary>
    private static bool HasValidDate(ReadOnlySpan<byte> v)
    {
        int day = Two(v, 0), month = Two(v, 2), year = Two(v, 4);
        if (month is < 1 or > 12 || day < 1) return false;
        var days = month switch
        {
            2 => year % 4 == 0 ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
        return day <= days;
    }

    private static int Two(ReadOnlySpan<byte> v, int at) => ((v[at] - '0') * 10) + (v[at + 1] - '0');

    private static bool AllDigits(ReadOnlySpan<byte> v) => !v.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    /// <summary>A text with every CPR-shaped digit run replaced, so an error report never echoes a CPR number.</summary>
    public static string Mask(string text) => CprPattern().Replace(text, m => m.Value.Contains('-') ? "DDMMYY-XXXX" : "DDMMYYXXXX");

    [GeneratedRegex("[0-9]{6}-?[0-9]{4}", RegexOptions.CultureInvariant)]
    private static partial Regex CprPattern();
}
