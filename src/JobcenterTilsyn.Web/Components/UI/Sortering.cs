using MudBlazor;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>Applies a data grid's sort definitions to a list, so an export has exactly the grid's order.</summary>
public static class Sortering
{
    public static IReadOnlyList<T> Anvend<T>(IEnumerable<T> raekker, IEnumerable<SortDefinition<T>> definitioner)
    {
        IOrderedEnumerable<T>? sorteret = null;
        foreach (var d in definitioner.OrderBy(d => d.Index))
        {
            IComparer<object?> comparer = d.Comparer ?? Comparer<object?>.Default;
            sorteret = (sorteret, d.Descending) switch
            {
                (null, false) => raekker.OrderBy(d.SortFunc, comparer),
                (null, true) => raekker.OrderByDescending(d.SortFunc, comparer),
                (_, false) => sorteret.ThenBy(d.SortFunc, comparer),
                (_, true) => sorteret.ThenByDescending(d.SortFunc, comparer),
            };
        }
        return [.. sorteret ?? raekker];
    }
}
