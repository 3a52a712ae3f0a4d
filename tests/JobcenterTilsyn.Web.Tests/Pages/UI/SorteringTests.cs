using JobcenterTilsyn.Web.Components.UI;
using MudBlazor;

namespace JobcenterTilsyn.Web.Tests.Pages.UI;

public sealed class SorteringTests
{
    private sealed record R(string Navn, int? Rang, int Klynge);

    [Fact]
    public void Applies_the_grids_sort_definitions_in_their_order()
    {
        R[] raekker = [new("a", 3, 1), new("b", 1, 2), new("c", 2, 1), new("d", null, 2)];
        SortDefinition<R>[] definitioner =
        [
            new("Rang", false, 1, r => r.Rang!),
            new("Klynge", true, 0, r => r.Klynge),
        ];

        Sortering.Anvend(raekker, definitioner).Select(r => r.Navn).Should().Equal("d", "b", "c", "a");
    }

    [Fact]
    public void Without_definitions_the_order_is_kept()
    {
        R[] raekker = [new("b", 1, 1), new("a", 2, 1)];
        Sortering.Anvend(raekker, []).Should().Equal(raekker);
    }
}
