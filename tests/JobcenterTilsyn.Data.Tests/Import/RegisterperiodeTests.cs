using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

public sealed class RegisterperiodeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_first_month_is_that_of_the_earliest_imported_benefit_period()
    {
        await using (var db = database.CreateContext())
        {
            (await Registerperiode.FoersteMaanedAsync(db)).Should().BeNull("nothing is imported yet");
        }

        var importer = Importer(database);
        (await importer.ImportText(Csv(YdelsesHeader, "rp_1;101;dagpenge;2023-05-20;2023-08-31", "rp_2;147;sygedagpenge;2024-02-01;"),
            ImportKind.Ydelsesforloeb)).Outcome.Should().Be(ImportOutcome.Succeeded);
        // Other registers reaching further back do not count: the computation starts from benefit periods.
        (await importer.ImportText(Csv(IndsatsHeader, "rp_1;101;mentor;2022-01-03;2022-02-01"), ImportKind.Indsatser))
            .Outcome.Should().Be(ImportOutcome.Succeeded);

        await using var laes = database.CreateContext();
        (await Registerperiode.FoersteMaanedAsync(laes)).Should().Be(new Maaned(2023, 5));
    }
}
