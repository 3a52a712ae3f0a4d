using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Regler;

/// <summary>
/// The rule sets known to the application, and which one is in force on a day (rules.md §7):
/// the one with the latest first day on or before that day.
/// </summary>
public sealed class Regelsaetkatalog
{
    private readonly Regelsaet[] _regelsaet;

    public Regelsaetkatalog(IEnumerable<Regelsaet> regelsaet)
    {
        ArgumentNullException.ThrowIfNull(regelsaet);
        _regelsaet = [.. regelsaet];
        if (_regelsaet.Length == 0)
        {
            throw new ArgumentException("A rule set catalogue needs at least one rule set.", nameof(regelsaet));
        }

        foreach (var r in _regelsaet)
        {
            var fejl = r.Valideringsfejl();
            if (fejl.Count > 0)
            {
                throw new ArgumentException($"Rule set '{r.Navn}' is invalid: {string.Join(" ", fejl)}", nameof(regelsaet));
            }
        }

        Array.Sort(_regelsaet, (a, b) => a.GyldigFra.CompareTo(b.GyldigFra));
        for (var i = 1; i < _regelsaet.Length; i++)
        {
            if (_regelsaet[i].GyldigFra == _regelsaet[i - 1].GyldigFra)
            {
                throw new ArgumentException(
                    $"Rule sets '{_regelsaet[i - 1].Navn}' and '{_regelsaet[i].Navn}' both come into force on {_regelsaet[i].GyldigFra:yyyy-MM-dd}.",
                    nameof(regelsaet));
            }
        }

        var navne = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in _regelsaet)
        {
            if (!navne.Add(r.Navn))
            {
                throw new ArgumentException($"Two rule sets are named '{r.Navn}'.", nameof(regelsaet));
            }
        }
    }

    /// <summary>The shipped defaults: LAB-2019 and OEVO-2024.</summary>
    public static Regelsaetkatalog Standard { get; } = new([Regelsaet.Lab2019, Regelsaet.Oevo2024]);

    /// <summary>All rule sets, by first day in force.</summary>
    public IReadOnlyList<Regelsaet> Alle => _regelsaet;

    /// <summary>The rule set in force on <paramref name="dag"/>.</summary>
    /// <exception cref="InvalidOperationException">No rule set is in force yet on that day.</exception>
    public Regelsaet IKraft(DateOnly dag)
    {
        for (var i = _regelsaet.Length - 1; i >= 0; i--)
        {
            if (_regelsaet[i].GyldigFra <= dag)
            {
                return _regelsaet[i];
            }
        }

        throw new InvalidOperationException(
            $"No rule set is in force on {dag:yyyy-MM-dd}: the earliest, '{_regelsaet[0].Navn}', applies from {_regelsaet[0].GyldigFra:yyyy-MM-dd}.");
    }

    /// <summary>The rule set of a measurement month: the one in force on its last day.</summary>
    public Regelsaet IKraftFor(Maaned maaned) => IKraft(maaned.Sidste);

    /// <summary>
    /// This catalogue as if <paramref name="nyt"/> had been added: it supersedes every rule set from its first day on
    /// (those are left out), earlier ones still apply before it. Used for scenarios, which are never stored.
    /// </summary>
    public Regelsaetkatalog Afloest(Regelsaet nyt) => new([.. _regelsaet.Where(r => r.GyldigFra < nyt.GyldigFra), nyt]);

    /// <summary>The rule set of a designation year: the one in force on 31 December.</summary>
    public Regelsaet IKraftForAar(int aar) => IKraft(new DateOnly(aar, 12, 31));
}
