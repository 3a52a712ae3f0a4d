namespace JobcenterTilsyn.Domain.Adgang;

/// <summary>
/// Role names as stored (ASP.NET Core Identity role names) and as used in <c>[Authorize(Roles = ...)]</c>,
/// plus their Danish display names.
/// </summary>
public static class Roller
{
    public const string Analytiker = nameof(Rolle.Analytiker);
    public const string Jobcenterchef = nameof(Rolle.Jobcenterchef);
    public const string Administrator = nameof(Rolle.Administrator);

    public static IReadOnlyList<Rolle> Alle { get; } = Enum.GetValues<Rolle>();

    public static string Navn(this Rolle rolle) => rolle switch
    {
        Rolle.Analytiker => Analytiker,
        Rolle.Jobcenterchef => Jobcenterchef,
        Rolle.Administrator => Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(rolle), rolle, null),
    };

    public static string Visningsnavn(this Rolle rolle) => rolle switch
    {
        Rolle.Analytiker => "Analytiker (ministeriet)",
        Rolle.Jobcenterchef => "Jobcenterchef",
        Rolle.Administrator => "Administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(rolle), rolle, null),
    };

    public static bool TryFra(string? navn, out Rolle rolle)
    {
        foreach (var r in Alle)
        {
            if (string.Equals(r.Navn(), navn, StringComparison.Ordinal))
            {
                rolle = r;
                return true;
            }
        }
        rolle = default;
        return false;
    }
}
