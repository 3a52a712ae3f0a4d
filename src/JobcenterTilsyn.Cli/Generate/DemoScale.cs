namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// How big a demo data set is. <see cref="BefolkningFraAndel"/> chooses where befolkning_16_66 comes
/// from: false = from the kommune's population (65 % of indbyggere, scaled by Personer/700,000), true =
/// back-computed from the generated full-time persons and the model share, which keeps the share
/// right when a floor of persons per kommune makes small sets disproportionate.
/// </summary>
public sealed record DemoScale(string Navn, int Personer, int MindstPrKommune, bool BefolkningFraAndel)
{
    /// <summary>The persons a national data set has; befolkning is real size at this scale.</summary>
    public const int NationaltAntal = 700_000;

    public static DemoScale National { get; } = new("national", NationaltAntal, 0, false);

    public static DemoScale Small { get; } = new("small", 3_000, 12, true);

    /// <summary>
    /// A simulated national set ten times as large (7,000,000 persons, befolkning ×10): for measuring import and
    /// computation past today's national size (the Citus plan in docs/operations.md), not a realistic country.
    /// </summary>
    public static DemoScale National10 { get; } = new("national10", 10 * NationaltAntal, 0, false);

    public static DemoScale? FraNavn(string navn) => navn switch
    {
        "national" => National,
        "small" => Small,
        "national10" => National10,
        _ => null,
    };
}
