namespace JobcenterTilsyn.Domain.Regler;

/// <summary>
/// The stored rule sets and the rules for changing them (rules.md §7): a new one must be valid, have a name and a first
/// day of its own, and may only come into force before the latest used one's first day when the administrator confirms
/// that stored figures will be recomputed. A used rule set is never edited or deleted.
/// </summary>
public sealed class Regelsaetregister(IEnumerable<GemtRegelsaet> gemte)
{
    private readonly GemtRegelsaet[] _gemte = [.. gemte.OrderBy(g => g.Regelsaet.GyldigFra)];

    public IReadOnlyList<GemtRegelsaet> Alle => _gemte;

    /// <summary>The first day of the latest rule set that produced stored figures; null when none has.</summary>
    public DateOnly? SenestBrugteFra => _gemte.Where(g => g.Brugt).Select(g => (DateOnly?)g.Regelsaet.GyldigFra).Max();

    /// <summary>Whether adding <paramref name="nyt"/> needs the administrator to confirm a recomputation of stored figures.</summary>
    public bool KraeverBekraeftelse(Regelsaet nyt) => SenestBrugteFra is { } fra && nyt.GyldigFra < fra;

    /// <summary>What stops <paramref name="nyt"/> from being added (Danish); empty when it may be.</summary>
    public IReadOnlyList<string> Tilfoejelsesfejl(Regelsaet nyt, bool genberegningBekraeftet)
    {
        ArgumentNullException.ThrowIfNull(nyt);
        var fejl = nyt.Valideringsfejl().ToList();
        if (_gemte.Any(g => string.Equals(g.Navn, nyt.Navn.Trim(), StringComparison.OrdinalIgnoreCase)))
            fejl.Add($"Der findes allerede et regelsæt med navnet '{nyt.Navn.Trim()}'.");
        if (_gemte.FirstOrDefault(g => g.Regelsaet.GyldigFra == nyt.GyldigFra) is { } sammeDag)
            fejl.Add($"Regelsættet '{sammeDag.Navn}' gælder allerede fra {nyt.GyldigFra:dd-MM-yyyy}; vælg en anden dato.");
        if (KraeverBekraeftelse(nyt) && !genberegningBekraeftet)
            fejl.Add($"Datoen {nyt.GyldigFra:dd-MM-yyyy} ligger før {SenestBrugteFra:dd-MM-yyyy}, hvor det senest brugte regelsæt gælder fra, "
                + "så allerede gemte tal skal genberegnes. Bekræft genberegningen for at tilføje det.");
        return fejl;
    }

    /// <summary>Why the rule set named <paramref name="navn"/> cannot be edited or deleted; null when it can.</summary>
    public string? AendringAfvist(string navn) =>
        _gemte.FirstOrDefault(g => g.Navn == navn) is { } g ? g.AendringAfvist() : $"Der findes intet regelsæt med navnet '{navn}'.";
}
