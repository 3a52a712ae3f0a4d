using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>The import page's default computation period ends at the last month the extracts cover.</summary>
public sealed class RegisterperiodeSlutTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_last_month_is_that_of_the_latest_benefit_date_or_conversation()
    {
        await using (var db = database.CreateContext())
        {
            (await Registerperiode.SidsteMaanedAsync(db)).Should().BeNull("nothing is imported yet");
        }

        var importer = Importer(database);
        (await importer.ImportText(Csv(YdelsesHeader, "rs_1;101;dagpenge;2023-05-20;2024-09-30", "rs_2;147;sygedagpenge;2024-06-01;"),
            ImportKind.Ydelsesforloeb)).Outcome.Should().Be(ImportOutcome.Succeeded);
        await using (var db = database.CreateContext())
        {
            (await Registerperiode.SidsteMaanedAsync(db)).Should().Be(new Maaned(2024, 9), "a period ending in September 2024 is the latest date");
        }

        (await importer.ImportText(Csv(SamtaleHeader, "rs_1;101;2024-11-12"), ImportKind.Samtaler)).Outcome.Should().Be(ImportOutcome.Succeeded);
        await using var laes = database.CreateContext();
        (await Registerperiode.SidsteMaanedAsync(laes)).Should().Be(new Maaned(2024, 11), "a conversation in November 2024 is later still");
    }
}
