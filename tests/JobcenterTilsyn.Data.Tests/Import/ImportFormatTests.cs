using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>The general file rules: BOM, line ends, column order, extra columns, and the sample extract.</summary>
public sealed class ImportFormatTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    public static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sample");

    [Fact]
    public async Task A_BOM_and_CRLF_line_ends_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("person_id;kommunekode;dato\r\nfmt_1;101;2024-02-01\r\nfmt_1;147;2024-02-02\r\n")).ToArray();

        var result = await Importer(database).ImportBytes(bytes, ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        (await database.StringsAsync("SELECT person_id || ';' || kommunekode || ';' || dato FROM samtale WHERE person_id = 'fmt_1' ORDER BY dato"))
            .Should().Equal("fmt_1;101;2024-02-01", "fmt_1;147;2024-02-02");
    }

    [Fact]
    public async Task Columns_are_found_by_name_in_any_order_and_case_and_unknown_columns_are_ignored()
    {
        var text = Csv(" SlutDato ;kilde;Indsatstype;STARTDATO;Kommunekode;person_ID;note",
            "2024-03-31;register;mentor;2024-03-01;461;fmt_2;a;b-c",
            ";register;oevo;2024-04-01;461;fmt_2;");

        var result = await Importer(database).ImportText(text.Replace(";b-c", ""), ImportKind.Indsatser);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        await using var db = database.CreateContext();
        var rows = await db.Indsatser.Where(i => i.PersonId == "fmt_2").OrderBy(i => i.Startdato).ToListAsync();
        rows.Select(r => (r.Kommunekode, r.Indsatstype, r.Startdato, r.Slutdato)).Should().Equal(
            ((short)461, Indsatstype.Mentor, new DateOnly(2024, 3, 1), (DateOnly?)new DateOnly(2024, 3, 31)),
            ((short)461, Indsatstype.Oevo, new DateOnly(2024, 4, 1), (DateOnly?)null));
        rows.Should().OnlyContain(r => r.ImportBatchId == result.BatchId);
    }

    [Fact]
    public async Task No_final_line_end_and_trailing_empty_lines_are_accepted()
    {
        var withoutNewline = await Importer(database).ImportText("person_id;kommunekode;dato\nfmt_3;101;2024-05-01", ImportKind.Samtaler);
        var withEmptyLines = await Importer(database).ImportText("person_id;kommunekode;dato\nfmt_3;101;2024-05-02\n\n\r\n", ImportKind.Samtaler);

        withoutNewline.Outcome.Should().Be(ImportOutcome.Succeeded);
        withEmptyLines.Outcome.Should().Be(ImportOutcome.Succeeded);
        withEmptyLines.RowsRead.Should().Be(1);
    }

    [Fact]
    public async Task Values_are_stored_as_their_codes_and_dates()
    {
        var result = await Importer(database).ImportText(
            Csv(YdelsesHeader, "fmt_4;851;uddannelseshjaelp_aktivitetsparat;2020-02-29;2021-02-28", "fmt_4;851;foertidspension;2021-03-01;"),
            ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        await using var db = database.CreateContext();
        var rows = await db.Ydelsesperioder.Where(p => p.PersonId == "fmt_4").OrderBy(p => p.Startdato).ToListAsync();
        rows.Select(p => p.Ydelsesgruppe).Should().Equal(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, Ydelsesgruppe.Foertidspension);
        rows[0].Slutdato.Should().Be(new DateOnly(2021, 2, 28));
        (await database.CountAsync("SELECT ydelsesgruppe FROM ydelsesperiode WHERE person_id = 'fmt_4' AND startdato = '2021-03-01'"))
            .Should().Be((short)Ydelsesgruppe.Foertidspension);
    }

    [Fact]
    public async Task The_four_sample_files_import_successfully_as_a_folder()
    {
        var folder = ImportFiles.InFolder(SampleFolder);
        folder.Files.Select(f => f.Kind).Should().Equal(ImportKind.Rammevilkaar, ImportKind.Ydelsesforloeb, ImportKind.Indsatser, ImportKind.Samtaler);
        var importer = Importer(database);

        var results = new List<ImportResult>();
        foreach (var file in folder.Files) results.Add(await importer.ImportFileAsync(file.Path, ImportMode.Append, "test"));

        results.Should().OnlyContain(r => r.Outcome == ImportOutcome.Succeeded, string.Join("\n", results.SelectMany(r => r.Errors)));
        results.Select(r => r.RowsRead).Should().Equal(1960, 5159, 7401, 12119);
        results.Should().OnlyContain(r => r.RowsInserted + r.DuplicatesSkipped == r.RowsRead && r.RowsInserted > 0);
        (await database.CountAsync("SELECT count(DISTINCT aar || '/' || kommunekode) FROM rammevilkaar")).Should().Be(4 * 98, "the sample holds the years 2022-2025");
        // The sample's CPR numbers are stored as their pseudonyms.
        var cprPersons = await database.CountAsync("SELECT count(DISTINCT person_id) FROM indsats WHERE person_id ~ '^[0-9a-f]{64}$'");
        cprPersons.Should().BeGreaterThan(0);

        var again = await importer.ImportFileAsync(folder.Files[1].Path, ImportMode.Append, "test");
        again.Outcome.Should().Be(ImportOutcome.AlreadyImported);
    }

    [Theory]
    [InlineData("ydelsesforloeb.csv", ImportKind.Ydelsesforloeb)]
    [InlineData("/data/in/YDELSESFORLOEB.CSV", ImportKind.Ydelsesforloeb)]
    [InlineData("ydelsesforloeb_2025.csv", ImportKind.Ydelsesforloeb)]
    [InlineData("2025-06_indsatser.csv", ImportKind.Indsatser)]
    [InlineData("udtraek.samtaler.2025.csv", ImportKind.Samtaler)]
    [InlineData("rammevilkaar 2025.csv", ImportKind.Rammevilkaar)]
    [InlineData("ydelsesforloeb.txt", null)]
    [InlineData("ydelsesforloebet.csv", null)]
    [InlineData("mine_ydelsesforloeb_og_samtaler.csv", null)]
    [InlineData("kommuner.csv", null)]
    public void Files_are_recognised_by_name(string name, ImportKind? kind) => ImportFiles.KindOf(name).Should().Be(kind);

    [Fact]
    public void A_folder_lists_its_contract_files_in_import_order_and_names_the_others()
    {
        var folder = Directory.CreateTempSubdirectory("jt-import-");
        try
        {
            foreach (var name in new[] { "samtaler.csv", "indsatser_2025.csv", "indsatser_2024.csv", "readme.txt", "rammevilkaar.csv", "ydelsesforloeb.csv" })
            {
                File.WriteAllText(Path.Combine(folder.FullName, name), "");
            }

            var result = ImportFiles.InFolder(folder.FullName);

            result.Files.Select(f => Path.GetFileName(f.Path)).Should().Equal(
                "rammevilkaar.csv", "ydelsesforloeb.csv", "indsatser_2024.csv", "indsatser_2025.csv", "samtaler.csv");
            result.Skipped.Select(Path.GetFileName).Should().Equal("readme.txt");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
