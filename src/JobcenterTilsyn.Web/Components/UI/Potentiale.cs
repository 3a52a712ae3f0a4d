namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// The potential of rules.md §5 in kroner: the yearly net cost per fuldtidsperson comes from configuration
/// <c>Benchmark:KronerPrFuldtidsperson</c> (default 75.000 kr., the ratio of the ministry's 2018 list).
/// </summary>
public static class Potentiale
{
    public const string Noegle = "Benchmark:KronerPrFuldtidsperson";
    public const double Standard = 75_000;

    public static double KronerPrFuldtidsperson(IConfiguration configuration) =>
        configuration.GetValue<double?>(Noegle) ?? Standard;

    /// <summary>"+12,3 fuldtidspersoner" (positive: more on benefits than expected).</summary>
    public static string Personer(double personer) =>
        (personer > 0 ? "+" : "") + Tal.Decimal(personer, 1);

    public static string Kroner(double personer, double kronerPrFuldtidsperson) =>
        (personer > 0 ? "+" : "") + Tal.Kroner(personer * kronerPrFuldtidsperson);
}
