using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Reference;

public sealed class KommuneLagerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Lists_the_stored_kommuner_by_code_with_region_and_population()
    {
        await using var db = database.CreateContext();

        var kommuner = await KommuneStore.AlleAsync(db);

        kommuner.Should().HaveCount(98);
        kommuner.Select(k => k.Kommunekode).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        kommuner[0].Should().Be(new Kommune(101, "København", "Hovedstaden", KommuneReferencedata.Kommuner.Single(k => k.Kommunekode == 101).Indbyggere));
        kommuner.Should().BeEquivalentTo(KommuneReferencedata.Kommuner);
    }

    [Fact]
    public async Task Reads_the_database_not_the_shipped_reference_data()
    {
        await using (var db = database.CreateContext())
        {
            var vejen = await db.Kommuner.SingleAsync(k => k.Kommunekode == 575);
            vejen.Indbyggere = 12_345;
            await db.SaveChangesAsync();
        }
        try
        {
            await using var db = database.CreateContext();
            (await KommuneStore.AlleAsync(db)).Single(k => k.Kommunekode == 575).Indbyggere.Should().Be(12_345);
        }
        finally
        {
            await using var db = database.CreateContext();
            await KommuneSeeder.SeedAsync(db);
        }
    }
}
