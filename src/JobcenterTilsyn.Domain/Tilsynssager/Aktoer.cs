using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>Who acts on a case: the user's name (as stored in the history), role and, for a manager, municipality.</summary>
public sealed record Aktoer(string Bruger, Rolle Rolle, short? Kommunekode = null)
{
    /// <summary>Whether this user may see the case of <paramref name="kommunekode"/> (rules.md §10).</summary>
    public bool KanSe(short kommunekode) =>
        Rolle != Rolle.Jobcenterchef || Kommunekode == kommunekode;
}
