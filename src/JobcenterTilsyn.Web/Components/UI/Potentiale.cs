using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Indstillinger;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// The potential of rules.md §5 in kroner: the yearly net cost per fuldtidsperson is the administrators' setting in
/// the database (/administration), else configuration <c>Benchmark:KronerPrFuldtidsperson</c>, else 75.000 kr.
/// (the ratio of the ministry's 2018 list).
/// </summary>
public static class Potentiale
{
    public const string Noegle = "Benchmark:KronerPrFuldtidsperson";
    public const double Standard = 75_000;

    /// <summary>Configuration, else the default: what applies while no administrator has set a value.</summary>
    public static double KronerPrFuldtidsperson(IConfiguration configuration) =>
        configuration.GetValue<double?>(Noegle) ?? Standard;

    /// <summary>The administrators' setting, falling back to <see cref="KronerPrFuldtidsperson(IConfiguration)"/>.</summary>
    public static async Task<double> KronerPrFuldtidspersonAsync(TilsynDbContext db, IConfiguration configuration, CancellationToken ct = default) =>
        await IndstillingLager.HentTalAsync(db, IndstillingLager.KronerPrFuldtidsperson, ct) ?? KronerPrFuldtidsperson(configuration);

    /// <summary>"+12,3 fuldtidspersoner" (positive: more on benefits than expected).</summary>
    public static string Personer(double personer) =>
        (personer > 0 ? "+" : "") + Tal.Decimal(personer, 1);

    public static string Kroner(double personer, double kronerPrFuldtidsperson) =>
        (personer > 0 ? "+" : "") + Tal.Kroner(personer * kronerPrFuldtidsperson);
}
