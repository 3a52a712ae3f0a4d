using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

/// <summary>D for June 2025: W3 = [2025-04-01, 2025-06-30].</summary>
public sealed class IndikatorDTests
{
    private static string D3(PersonBygger person) => Maaler.Bidrag(person.Byg(), Maal.DSamtale3m, "2025-06");

    [Fact]
    public void The_window_is_the_three_months_up_to_the_last_of_M() =>
        IndikatorD.Vindue(M("2025-06")).Should().Be((D("2025-04-01"), D("2025-06-30")));

    [Theory]
    [InlineData("2025-04-01", null, "101:0/1")]
    [InlineData("2025-04-02", null, "-")]
    [InlineData("2025-01-01", "2025-06-30", "101:0/1")]
    [InlineData("2025-01-01", "2025-06-29", "-")]
    public void The_denominator_needs_a_spell_covering_all_of_the_window(string start, string? slut, string bidrag) =>
        D3(new PersonBygger().Periode(start, slut)).Should().Be(bidrag);

    [Theory]
    [InlineData("2025-04-01", "101:1/1")]
    [InlineData("2025-06-30", "101:1/1")]
    [InlineData("2025-03-31", "101:0/1")]
    [InlineData("2025-07-01", "101:0/1")]
    public void A_samtale_counts_on_the_window_edges_and_not_outside(string dato, string bidrag) =>
        D3(new PersonBygger().Periode("2025-01-01", null).Samtale(dato)).Should().Be(bidrag);

    [Fact]
    public void A_samtale_held_by_another_municipality_counts()
    {
        D3(new PersonBygger().Periode("2025-01-01", null, kommune: 101).Samtale("2025-05-05", kommune: 147)).Should().Be("101:1/1");
    }

    [Fact]
    public void Periods_of_groups_that_do_not_count_give_no_spell()
    {
        D3(new PersonBygger().Periode(Ydelsesgruppe.Sygedagpenge, "2025-01-01", null).Samtale("2025-05-05")).Should().Be("-");
    }

    [Fact]
    public void The_municipality_is_the_responsible_one_on_the_last_of_M()
    {
        D3(new PersonBygger().Periode("2025-01-01", "2025-05-31", kommune: 101).Periode("2025-06-01", null, kommune: 147).Samtale("2025-04-15"))
            .Should().Be("147:1/1");
    }
}
