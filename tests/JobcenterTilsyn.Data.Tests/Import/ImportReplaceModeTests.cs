using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>Replace mode: the stored rows of the period a file covers give way to the file's rows (docs/import.md).</summary>
public sealed class ImportReplaceModeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_later_extract_replaces_the_rows_whose_startdato_falls_in_its_range()
    {
        await Importer(database).ImportText(Csv(IndsatsHeader,
            "rep_1;101;mentor;2023-12-31;2024-01-31",   // before the range: kept
            "rep_1;101;oevo;2024-02-01;2024-02-29",     // in the range: replaced
            "rep_2;147;loentilskud;2024-03-15;",        // in the range, another person: replaced
            "rep_2;147;nytteindsats;2024-04-01;"), ImportKind.Indsatser); // after the range: kept

        var result = await Importer(database).ImportText(Csv(IndsatsHeader,
            "rep_1;101;oevo;2024-02-01;2024-02-15",
            "rep_3;151;virksomhedspraktik;2024-03-31;2024-04-30"), ImportKind.Indsatser, ImportMode.Replace);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        result.CoveredFrom.Should().Be(new DateOnly(2024, 2, 1));
        result.CoveredTo.Should().Be(new DateOnly(2024, 3, 31));
        result.RowsDeleted.Should().Be(2);
        result.RowsInserted.Should().Be(2);
        result.Message.Should().Contain("Replaced 2 stored rows of 2024-02-01..2024-03-31");
        (await database.StringsAsync("SELECT person_id || ' ' || startdato || ' ' || coalesce(slutdato::text, '-') FROM indsats WHERE person_id LIKE 'rep_%' ORDER BY startdato"))
            .Should().Equal("rep_1 2023-12-31 2024-01-31", "rep_1 2024-02-01 2024-02-15", "rep_3 2024-03-31 2024-04-30", "rep_2 2024-04-01 -");
    }

    [Fact]
    public async Task Replace_mode_only_touches_the_table_of_its_own_kind()
    {
        await Importer(database).ImportText(Csv(SamtaleHeader, "rep_4;101;2022-05-05"), ImportKind.Samtaler);
        await Importer(database).ImportText(Csv(YdelsesHeader, "rep_4;101;dagpenge;2022-05-05;"), ImportKind.Ydelsesforloeb);

        var result = await Importer(database).ImportText(Csv(SamtaleHeader, "rep_5;101;2022-05-01", "rep_5;101;2022-05-31"), ImportKind.Samtaler, ImportMode.Replace);

        result.RowsDeleted.Should().Be(1);
        (await database.CountAsync("SELECT count(*) FROM samtale WHERE person_id = 'rep_4'")).Should().Be(0);
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode WHERE person_id = 'rep_4'")).Should().Be(1);
    }

    [Fact]
    public async Task A_rammevilkaar_extract_replaces_the_years_it_contains()
    {
        await Importer(database).ImportText(Csv(RammeHeader,
            "2020;101;befolkning_16_66;100", "2020;101;andel_ledige;0.1", "2021;101;befolkning_16_66;110"), ImportKind.Rammevilkaar);

        var result = await Importer(database).ImportText(Csv(RammeHeader, "2020;101;befolkning_16_66;105"), ImportKind.Rammevilkaar, ImportMode.Replace);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        result.CoveredYears.Should().Equal(2020);
        result.RowsDeleted.Should().Be(2);
        (await database.StringsAsync("SELECT aar || ' ' || variabel || ' ' || vaerdi FROM rammevilkaar WHERE aar IN (2020, 2021) ORDER BY 1"))
            .Should().Equal("2020 befolkning_16_66 105", "2021 befolkning_16_66 110");
    }

    [Fact]
    public async Task A_rejected_replace_deletes_nothing()
    {
        await Importer(database).ImportText(Csv(SamtaleHeader, "rep_6;101;2021-06-06"), ImportKind.Samtaler);

        var result = await Importer(database).ImportText(Csv(SamtaleHeader, "rep_7;101;2021-06-01", "rep_7;101;2021-06-31"), ImportKind.Samtaler, ImportMode.Replace);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        (await database.CountAsync("SELECT count(*) FROM samtale WHERE person_id = 'rep_6'")).Should().Be(1);
    }
}
