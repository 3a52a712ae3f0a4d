using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

public sealed class ImportErrorReportTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_report_lists_every_bad_row_in_file_order_with_its_line_number()
    {
        var lines = new List<string> { SamtaleHeader };
        for (var i = 0; i < 300; i++)
        {
            lines.Add(i % 2 == 0 ? $"r_{i};101;2024-01-10" : $"r_{i};101;2024-01-{i % 50:00}x");
        }

        var result = await Importer(database).ImportText(Csv([.. lines]), ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.ErrorCount.Should().Be(150);
        result.Errors.Should().HaveCount(150, "at least the first 100 bad rows are listed");
        result.Errors.Select(e => e.Line).Should().Equal(Enumerable.Range(0, 300).Where(i => i % 2 == 1).Select(i => (long)i + 2));
        result.Errors[0].Should().Be(new ImportError(3, "dato", "2024-01-01x", "unparsable date: expected YYYY-MM-DD"));
        result.Errors[0].ToString().Should().Be("line 3, dato '2024-01-01x': unparsable date: expected YYYY-MM-DD");
    }

    [Fact]
    public async Task Past_the_listed_maximum_the_count_stays_complete()
    {
        var text = new StringBuilder(SamtaleHeader + "\n");
        for (var i = 0; i < 2500; i++) text.Append("x;999;2024-01-01\n");

        var result = await Importer(database).ImportText(text.ToString(), ImportKind.Samtaler);

        result.ErrorCount.Should().Be(2500);
        result.InvalidRowCount.Should().Be(2500);
        result.Errors.Should().HaveCount(ImportResult.MaxListedErrors);
        result.Errors.Should().HaveCountGreaterThanOrEqualTo(100);
        result.Message.Should().Contain("2500 error(s)");
    }

    [Fact]
    public async Task A_bad_row_at_the_end_of_a_big_file_leaves_nothing()
    {
        var before = await database.AllRegisterRowsAsync();
        var text = new StringBuilder(YdelsesHeader + "\n");
        const int rows = 200_000;
        for (var i = 0; i < rows; i++) text.Append("end_").Append(i).Append(";101;dagpenge;2024-01-01;2024-06-30\n");
        text.Append("end_last;101;dagpenge;2024-01-01;2023-06-30\n");

        var result = await Importer(database).ImportText(text.ToString(), ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.RowsRead.Should().Be(rows + 1);
        result.Errors.Should().ContainSingle().Which.Line.Should().Be(rows + 2);
        (await database.AllRegisterRowsAsync()).Should().Be(before);
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode WHERE person_id LIKE 'end_%'")).Should().Be(0);
    }

    [Fact]
    public async Task A_CPR_number_is_never_echoed_in_the_report()
    {
        // An invalid CPR, a CPR in the wrong column, a malformed person_id containing a CPR, and a data line taken for the header.
        var file = Csv(YdelsesHeader,
            "311190-1234;101;dagpenge;2024-01-10;",
            "ok_1;0101901234;dagpenge;2024-01-10;",
            "x0101901234x ;101;dagpenge;2024-01-10;",
            "ok_2;101;dagpenge;2024-01-10;010190-1234");
        var headerless = Csv("0101901234;101;dagpenge;2024-01-10;");

        var report = await Importer(database).ImportText(file, ImportKind.Ydelsesforloeb);
        var noHeader = await Importer(database).ImportText(headerless, ImportKind.Ydelsesforloeb);

        report.ErrorCount.Should().Be(4);
        report.Errors.Select(e => e.Value).Should().Equal("DDMMYY-XXXX", "DDMMYYXXXX", "xDDMMYYXXXXx ", "DDMMYY-XXXX");
        var text = string.Join("\n", report.Errors.Concat(noHeader.Errors).Select(e => e.ToString()).Append(report.Message).Append(noHeader.Message));
        text.Should().NotContainAny("311190", "1234", "010190", "0101901234");
        noHeader.Errors.Should().NotBeEmpty();
        (await database.StringsAsync("SELECT coalesce(error_summary, '') FROM import_batch"))
            .Should().OnlyContain(s => !s.Contains("0101901234") && !s.Contains("010190-1234") && !s.Contains("311190"));
    }

    [Fact]
    public async Task A_line_too_long_is_reported_without_reading_it_into_memory()
    {
        var text = Csv(SamtaleHeader, "long_1;101;2024-01-10", new string('a', 2_000_000) + ";101;2024-01-10", "long_2;101;2024-01-11");

        var result = await Importer(database).ImportText(text, ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 3L, Column = (string?)null });
        result.Errors[0].Reason.Should().Contain("longer than");
        result.RowsRead.Should().Be(3);
    }
}
