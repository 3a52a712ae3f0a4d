using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Perioder;

public sealed class AnsvarligKommuneTests
{
    private static short? Paa(string dag, PersonBygger person) => AnsvarligKommune.Paa(D(dag), person.Byg().Perioder);

    [Fact]
    public void The_period_with_the_latest_start_decides_even_when_it_has_ended()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", null, kommune: 101)
            .Periode("2024-03-01", "2024-03-31", kommune: 147);

        Paa("2024-06-01", person).Should().Be(147);
    }

    [Fact]
    public void A_period_starting_on_the_day_decides_and_one_starting_the_day_after_does_not()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", "2024-02-29", kommune: 101)
            .Periode("2024-03-01", null, kommune: 147);

        Paa("2024-02-29", person).Should().Be(101);
        Paa("2024-03-01", person).Should().Be(147);
    }

    [Fact]
    public void Inside_a_bridged_gap_the_last_period_still_decides()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", "2024-06-20", kommune: 101)
            .Periode("2024-07-01", null, kommune: 147);

        Paa("2024-06-30", person).Should().Be(101);
    }

    [Fact]
    public void Equal_starts_go_to_the_later_end()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", "2024-12-31", kommune: 101)
            .Periode("2024-01-01", "2024-06-30", kommune: 147);

        Paa("2024-03-01", person).Should().Be(101);
    }

    [Fact]
    public void Equal_starts_go_to_the_open_end_as_the_latest()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", "2099-12-31", kommune: 101)
            .Periode("2024-01-01", null, kommune: 147);

        Paa("2024-03-01", person).Should().Be(147);
    }

    [Theory]
    [InlineData("2024-06-30")]
    [InlineData(null)]
    public void Equal_starts_and_ends_go_to_the_smaller_kommunekode_in_any_order(string? slut)
    {
        var foerst147 = new PersonBygger().Periode("2024-01-01", slut, kommune: 147).Periode("2024-01-01", slut, kommune: 101);
        var foerst101 = new PersonBygger().Periode("2024-01-01", slut, kommune: 101).Periode("2024-01-01", slut, kommune: 147);

        Paa("2024-03-01", foerst147).Should().Be(101);
        Paa("2024-03-01", foerst101).Should().Be(101);
    }

    [Fact]
    public void Nobody_is_responsible_before_the_first_period_starts()
    {
        Paa("2023-12-31", new PersonBygger().Periode("2024-01-01", null)).Should().BeNull();
        Paa("2023-12-31", new PersonBygger()).Should().BeNull();
    }
}
