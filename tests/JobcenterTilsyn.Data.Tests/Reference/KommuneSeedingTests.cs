using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Reference;

public sealed class KommuneSeedingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migration_seeds_the_98_kommuner_with_unique_codes()
    {
        await using var db = database.CreateContext();
        var kommuner = await db.Kommuner.ToListAsync();

        kommuner.Should().HaveCount(98);
        kommuner.Select(k => k.Kommunekode).Should().OnlyHaveUniqueItems();
        kommuner.Should().Contain(k => k.Kommunekode == 101 && k.Navn == "København" && k.Region == "Hovedstaden");
        kommuner.Select(k => k.Region).Distinct().Should().BeEquivalentTo(
            ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"]);
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await DatabaseMigrator.MigrateAsync(database.ConnectionString);
        await DatabaseMigrator.MigrateAsync(database.ConnectionString);

        await using var db = database.CreateContext();
        (await db.Kommuner.CountAsync()).Should().Be(98);
    }
}
