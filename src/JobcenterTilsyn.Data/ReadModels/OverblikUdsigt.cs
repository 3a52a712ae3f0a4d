using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// The overview's "på vej under målet" (issue 15): a goal met in the status month whose outlook for the next month
/// (M0+1, see docs/rules-as-implemented.md) is below the goal. Decided on disclosed figures only.
/// </summary>
public static class OverblikUdsigt
{
    /// <summary>The coming month the overview looks at: the first after the status month.</summary>
    public static Maaned Maaned(Maaned statusmaaned) => statusmaaned.AddMonths(1);

    /// <summary>Per kommunekode the goals on their way below the goal; kommuner with none are absent.</summary>
    public static IReadOnlyDictionary<short, IReadOnlyList<Maal>> PaaVejUnder(
        IEnumerable<Udsigtsraekke> udsigt, Maaned udsigtMaaned,
        IReadOnlyDictionary<(short Kommunekode, Maal Maal), OplystMaaltal> oplyst, bool erAdministrator) =>
        udsigt
            .Where(u => u.Maaned == udsigtMaaned && ErPaaVejUnder(u, oplyst.GetValueOrDefault((u.Kommunekode, u.Maal)), erAdministrator))
            .GroupBy(u => u.Kommunekode)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Maal>)[.. g.Select(u => u.Maal).Distinct().Order()]);

    /// <summary>Met now (disclosed and met) and the disclosed outlook needs at least one more tilbud.</summary>
    public static bool ErPaaVejUnder(Udsigtsraekke udsigt, OplystMaaltal? nu, bool erAdministrator)
    {
        if (nu is not { Opfyldt: true }) return false;
        var t = udsigt.Tal;
        var oplyst = Diskretion.Oplys(t.Naevner, t.HarTilbud, t.UdenTilbud, t.Noedvendige, erAdministrator);
        return !oplyst.Skjult && oplyst.Noedvendige > 0;
    }
}
