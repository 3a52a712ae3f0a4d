using System.Globalization;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>da-DK number formats for the pages and exports: <c>72,3 %</c>, <c>1.234,5</c>, <c>+1,2 pt</c>.</summary>
public static class Tal
{
    public static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Shown where a figure is missing (no stored value, empty denominator).</summary>
    public const string Mangler = "–";

    /// <summary>A share 0..1 as a percentage with one decimal: 0.723 → "72,3 %".</summary>
    public static string Procent(double? andel, int decimaler = 1) =>
        andel is { } a ? (a * 100).ToString("N" + decimaler.ToString(CultureInfo.InvariantCulture), Dansk) + " %" : Mangler;

    /// <summary>A difference of shares in percentage points with its sign: 0.012 → "+1,2 pt".</summary>
    public static string Point(double? residual, int decimaler = 1)
    {
        if (residual is not { } r) return Mangler;
        var tekst = Math.Abs(r * 100).ToString("N" + decimaler.ToString(CultureInfo.InvariantCulture), Dansk);
        var fortegn = Math.Round(r * 100, decimaler) switch { > 0 => "+", < 0 => "-", _ => "" };
        return fortegn + tekst + " pt";
    }

    /// <summary>Rounded first, so a value that rounds to zero never shows as "-0,0" (negative zero).</summary>
    public static string Decimal(double? vaerdi, int decimaler) =>
        vaerdi is { } v ? UdenNegativtNul(Math.Round(v, decimaler)).ToString("N" + decimaler.ToString(CultureInfo.InvariantCulture), Dansk) : Mangler;

    /// <summary>A regression coefficient in plain decimals, never E-notation: four decimals, or three significant digits when smaller.</summary>
    public static string Koefficient(double vaerdi)
    {
        var abs = Math.Abs(vaerdi);
        if (abs >= 0.001 || abs == 0) return Decimal(vaerdi, 4);
        var decimaler = Math.Min(15, 2 - (int)Math.Floor(Math.Log10(abs)));
        return Decimal(vaerdi, decimaler);
    }

    /// <summary>-0.0 becomes 0.0: a rounded negative zero is zero, in text and in a spreadsheet cell.</summary>
    public static double UdenNegativtNul(double vaerdi) => vaerdi == 0 ? 0d : vaerdi;

    public static string Heltal(int? vaerdi) => vaerdi is { } v ? v.ToString("N0", Dansk) : Mangler;

    /// <summary>Whole kroner: 1234567.8 → "1.234.568 kr."</summary>
    public static string Kroner(double? beloeb) => beloeb is { } b ? b.ToString("N0", Dansk) + " kr." : Mangler;
}
