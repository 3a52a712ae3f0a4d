using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Indstillinger;
using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// How the potentiale of rules.md §5 (computed by <see cref="Potentiale"/>) reads on the pages, and the yearly net
/// cost per fuldtidsperson it is turned into kroner with: the administrators' setting in the database
/// (/administration), else configuration <c>Benchmark:KronerPrFuldtidsperson</c>, else 75.000 kr.
/// </summary>
public static class Potentialevisning
{
    public const string Noegle = "Benchmark:KronerPrFuldtidsperson";
    public const double Standard = 75_000;

    /// <summary>Configuration, else the default: what applies while no administrator has set a value.</summary>
    public static double KronerPrFuldtidsperson(IConfiguration configuration) =>
        configuration.GetValue<double?>(Noegle) ?? Standard;

    /// <summary>The administrators' setting, falling back to <see cref="KronerPrFuldtidsperson(IConfiguration)"/>.</summary>
    public static async Task<double> KronerPrFuldtidspersonAsync(TilsynDbContext db, IConfiguration configuration, CancellationToken ct = default) =>
        await IndstillingStore.HentTalAsync(db, IndstillingStore.KronerPrFuldtidsperson, ct) ?? KronerPrFuldtidsperson(configuration);

    /// <summary>"+12,3 fuldtidspersoner" (positive: more on benefits than expected).</summary>
    public static string Personer(double personer) =>
        (personer > 0 ? "+" : "") + Tal.Decimal(personer, 1);

    /// <summary>
    /// The kroner at a precision the estimate carries: "+36,7 mio. kr." from a million, else to the nearest thousand
    /// ("−450.000 kr."); the exact figure would suggest a precision a regression residual does not have.
    /// </summary>
    public static string Kroner(double personer, double kronerPrFuldtidsperson)
    {
        var kroner = Potentiale.Kroner(personer, kronerPrFuldtidsperson);
        var fortegn = kroner > 0 ? "+" : "";
        return Math.Abs(kroner) >= 999_950
            ? fortegn + Tal.Decimal(kroner / 1_000_000, 1) + " mio. kr."
            : fortegn + Tal.Kroner(Math.Round(kroner / 1000, MidpointRounding.AwayFromZero) * 1000);
    }
}
