namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// The linear model that makes a kommune's share of its 16–66-year-olds on public support depend on
/// its framework conditions (docs/demo-data.md). The generator adds a kommune-specific noise term to
/// it, so an OLS benchmark finds the signal but also real residuals.
/// </summary>
public static class Rammevilkaarsmodel
{
    /// <summary>The explanatory variables written to rammevilkaar.csv, in this order.</summary>
    public static IReadOnlyList<string> ForklarendeVariable { get; } =
    [
        "andel_ufaglaerte",
        "andel_ikke_vestlige",
        "andel_almene_boliger",
        "jobtilgang_pr_ledig",
        "ledighedsprocent_region",
        "andel_enlige_forsoergere",
    ];

    /// <summary>Centre of each variable; the model is written around it so the intercept is the typical share.</summary>
    internal static readonly double[] Centrum = [0.22, 0.07, 0.18, 2.0, 0.045, 0.05];

    /// <summary>Effect on the share of one unit of each variable (a share of 0.01 is one percentage point).</summary>
    internal static readonly double[] Koefficienter = [0.20, 0.25, 0.10, -0.010, 0.75, 0.35];

    public const double TypiskAndel = 0.070;

    /// <summary>Standard deviation of the kommune-specific term the variables do not explain.</summary>
    public const double KommuneStoej = 0.011;

    /// <summary>Standard deviation of the small yearly wobble of a kommune's share.</summary>
    public const double AarsStoej = 0.0015;

    public const double MindsteAndel = 0.03;
    public const double StoersteAndel = 0.14;

    /// <summary>The share the variables alone predict (no noise).</summary>
    public static double ForventetAndel(ReadOnlySpan<double> variable)
    {
        if (variable.Length != Koefficienter.Length) throw new ArgumentException($"Expected {Koefficienter.Length} values.", nameof(variable));
        var andel = TypiskAndel;
        for (var i = 0; i < Koefficienter.Length; i++) andel += Koefficienter[i] * (variable[i] - Centrum[i]);
        return andel;
    }
}
