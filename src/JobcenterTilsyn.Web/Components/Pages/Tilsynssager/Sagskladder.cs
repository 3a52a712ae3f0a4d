using System.Collections.Concurrent;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

/// <summary>A copy of what one user had under way on one case: the chosen action and its form.</summary>
public sealed record Sagskladde(Sagshandlingstype? Valgt, Handlingsformular Formular, DateTimeOffset Gemt);

/// <summary>
/// Drafts of case actions on the server, keyed by user and case, so a dropped circuit or a reload brings back what
/// was typed: the form saves a copy after every change (the long texts update while typing) and takes it back
/// when it starts. Each open page works on its own form; a draft is only a copy. Kept in memory for
/// <see cref="Levetid"/> after the last change and removed when the action is carried out.
/// </summary>
public sealed class Sagskladder(TimeProvider tid)
{
    public static readonly TimeSpan Levetid = TimeSpan.FromHours(8);

    private readonly ConcurrentDictionary<(string Bruger, long SagId), Sagskladde> _kladder = new();

    /// <summary>The user's last draft for the case, or null.</summary>
    public Sagskladde? Hent(string bruger, long sagId)
    {
        Ryd();
        return _kladder.TryGetValue((bruger, sagId), out var kladde) ? kladde with { Formular = kladde.Formular.Kopi() } : null;
    }

    public void Gem(string bruger, long sagId, Sagshandlingstype? valgt, Handlingsformular formular) =>
        _kladder[(bruger, sagId)] = new Sagskladde(valgt, formular.Kopi(), tid.GetUtcNow());

    public void Fjern(string bruger, long sagId) => _kladder.TryRemove((bruger, sagId), out _);

    private void Ryd()
    {
        var graense = tid.GetUtcNow() - Levetid;
        foreach (var (noegle, kladde) in _kladder)
        {
            if (kladde.Gemt < graense) _kladder.TryRemove(noegle, out _);
        }
    }
}
