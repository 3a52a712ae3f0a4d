using System.Collections.Concurrent;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

/// <summary>What one user has under way on one case: the chosen action and its form.</summary>
public sealed class Sagskladde
{
    public Sagshandlingstype? Valgt { get; set; }

    public Handlingsformular Formular { get; set; } = new();

    internal DateTimeOffset SidstBrugt { get; set; }
}

/// <summary>
/// Drafts of case actions on the server, keyed by user and case, so a dropped circuit or a reload brings back what
/// was typed (the form updates the draft as the user types). Kept in memory for <see cref="Levetid"/> after last use,
/// and removed when the action is carried out. Only the own drafts: the key includes the user name.
/// </summary>
public sealed class Sagskladder(TimeProvider tid)
{
    public static readonly TimeSpan Levetid = TimeSpan.FromHours(8);

    private readonly ConcurrentDictionary<(string Bruger, long SagId), Sagskladde> _kladder = new();

    /// <summary>The user's draft for the case, a new empty one the first time.</summary>
    public Sagskladde Hent(string bruger, long sagId)
    {
        var nu = tid.GetUtcNow();
        Ryd(nu);
        var kladde = _kladder.GetOrAdd((bruger, sagId), _ => new Sagskladde());
        kladde.SidstBrugt = nu;
        return kladde;
    }

    public void Fjern(string bruger, long sagId) => _kladder.TryRemove((bruger, sagId), out _);

    private void Ryd(DateTimeOffset nu)
    {
        foreach (var (noegle, kladde) in _kladder)
        {
            if (nu - kladde.SidstBrugt > Levetid) _kladder.TryRemove(noegle, out _);
        }
    }
}
