using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>Every validation rule of data-contract.md: a file with one good row and one bad row (line 3) is rejected whole.</summary>
public sealed class ImportValidationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Good = "v_ok;101;dagpenge;2024-01-10;2024-02-10";

    public static TheoryData<string, ImportKind, string, string, string?, string?, string> BadRows => new()
    {
        // case, kind, header, bad row, column, reported value, reason fragment
        { "impossible startdato", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;2024-02-30;", "startdato", "2024-02-30", "unparsable date" },
        { "startdato with slashes", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;2024/01/10;", "startdato", "2024/01/10", "unparsable date" },
        { "startdato not ISO", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;10-01-2024;", "startdato", "10-01-2024", "unparsable date" },
        { "unparsable slutdato", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;2024-01-10;2024-13-01", "slutdato", "2024-13-01", "unparsable date" },
        { "slutdato before startdato", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;2024-01-10;2024-01-09", "slutdato", "2024-01-09", "before startdato" },
        { "unknown kommunekode", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;999;dagpenge;2024-01-10;", "kommunekode", "999", "unknown kommunekode" },
        { "kommunekode with leading zero", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;0101;dagpenge;2024-01-10;", "kommunekode", "0101", "unknown kommunekode" },
        { "empty kommunekode", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;;dagpenge;2024-01-10;", "kommunekode", "", "required value is empty" },
        { "unknown ydelsesgruppe", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;Dagpenge;2024-01-10;", "ydelsesgruppe", "Dagpenge", "unknown ydelsesgruppe" },
        { "empty ydelsesgruppe", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;;2024-01-10;", "ydelsesgruppe", "", "required value is empty" },
        { "empty startdato", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;;", "startdato", "", "required value is empty" },
        { "empty person_id", ImportKind.Ydelsesforloeb, YdelsesHeader, ";101;dagpenge;2024-01-10;", "person_id", "", "required value is empty" },
        { "person_id with a space", ImportKind.Ydelsesforloeb, YdelsesHeader, "v 1;101;dagpenge;2024-01-10;", "person_id", "v 1", "malformed person_id" },
        { "person_id of 65 characters", ImportKind.Ydelsesforloeb, YdelsesHeader, new string('a', 65) + ";101;dagpenge;2024-01-10;", "person_id", new string('a', 65), "malformed person_id" },
        { "person_id with a non-ASCII letter", ImportKind.Ydelsesforloeb, YdelsesHeader, "søren;101;dagpenge;2024-01-10;", "person_id", "søren", "malformed person_id" },
        { "CPR with day 32", ImportKind.Ydelsesforloeb, YdelsesHeader, "320190-1234;101;dagpenge;2024-01-10;", "person_id", "DDMMYY-XXXX", "impossible date" },
        { "CPR with 29 February of a year not divisible by 4", ImportKind.Ydelsesforloeb, YdelsesHeader, "2902011234;101;dagpenge;2024-01-10;", "person_id", "DDMMYYXXXX", "impossible date" },
        { "CPR with month 13", ImportKind.Ydelsesforloeb, YdelsesHeader, "0113901234;101;dagpenge;2024-01-10;", "person_id", "DDMMYYXXXX", "impossible date" },
        { "too few fields", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;2024-01-10", null, null, "wrong number of fields" },
        { "too many fields", ImportKind.Ydelsesforloeb, YdelsesHeader, "v1;101;dagpenge;2024-01-10;;x", null, null, "wrong number of fields" },
        { "empty line before more rows", ImportKind.Ydelsesforloeb, YdelsesHeader, "\n" + Good.Replace("v_ok", "v_ok2"), null, null, "empty line" },
        { "unknown indsatstype", ImportKind.Indsatser, IndsatsHeader, "v1;101;kursus;2024-01-10;", "indsatstype", "kursus", "unknown indsatstype" },
        { "indsats slutdato before startdato", ImportKind.Indsatser, IndsatsHeader, "v1;101;mentor;2024-01-10;2023-12-31", "slutdato", "2023-12-31", "before startdato" },
        { "unparsable samtale dato", ImportKind.Samtaler, SamtaleHeader, "v1;101;2024-02-29x", "dato", "2024-02-29x", "unparsable date" },
        { "empty samtale dato", ImportKind.Samtaler, SamtaleHeader, "v1;101;", "dato", "", "required value is empty" },
        { "samtale in unknown kommune", ImportKind.Samtaler, SamtaleHeader, "v1;100;2024-01-10", "kommunekode", "100", "unknown kommunekode" },
        { "two-digit aar", ImportKind.Rammevilkaar, RammeHeader, "25;101;befolkning_16_66;100", "aar", "25", "four-digit year" },
        { "variabel with capitals", ImportKind.Rammevilkaar, RammeHeader, "2025;101;Befolkning;100", "variabel", "Befolkning", "malformed variabel" },
        { "variabel of 41 characters", ImportKind.Rammevilkaar, RammeHeader, "2025;101;" + new string('x', 41) + ";100", "variabel", new string('x', 41), "malformed variabel" },
        { "vaerdi with decimal comma", ImportKind.Rammevilkaar, RammeHeader, "2025;101;andel;3,5", "vaerdi", "3,5", "not a number" },
        { "vaerdi NaN", ImportKind.Rammevilkaar, RammeHeader, "2025;101;andel;NaN", "vaerdi", "NaN", "not a number" },
        { "vaerdi with thousands separator", ImportKind.Rammevilkaar, RammeHeader, "2025;101;andel;1,000.5", "vaerdi", "1,000.5", "not a number" },
        { "empty vaerdi", ImportKind.Rammevilkaar, RammeHeader, "2025;101;andel;", "vaerdi", "", "required value is empty" },
        { "rammevilkaar in unknown kommune", ImportKind.Rammevilkaar, RammeHeader, "2025;102;andel;1", "kommunekode", "102", "unknown kommunekode" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_rejects_the_whole_file_and_is_reported_with_line_column_value_and_reason(
        string @case, ImportKind kind, string header, string badRow, string? column, string? value, string reason)
    {
        var good = kind switch
        {
            ImportKind.Ydelsesforloeb => Good,
            ImportKind.Indsatser => "v_ok;101;mentor;2024-01-10;",
            ImportKind.Samtaler => "v_ok;101;2024-01-10",
            _ => "2025;101;ok_variabel;1.5",
        };
        var before = await database.AllRegisterRowsAsync();

        var result = await Importer(database).ImportText(Csv(header, good, badRow), kind);

        result.Outcome.Should().Be(ImportOutcome.Rejected, @case);
        result.RowsInserted.Should().Be(0);
        result.ErrorCount.Should().Be(1);
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.Column.Should().Be(column);
        error.Value.Should().Be(value);
        error.Reason.Should().Contain(reason);
        (await database.AllRegisterRowsAsync()).Should().Be(before, "nothing of a rejected file is written");
    }

    [Fact]
    public async Task Every_bad_cell_of_a_row_is_reported()
    {
        var result = await Importer(database).ImportText(Csv(YdelsesHeader, "v 1;999;dagpenge;2024-01-40;"), ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.ErrorCount.Should().Be(3);
        result.InvalidRowCount.Should().Be(1);
        result.Errors.Select(e => e.Column).Should().Equal("person_id", "kommunekode", "startdato");
        result.Errors.Should().OnlyContain(e => e.Line == 2);
    }

    [Fact]
    public async Task Invalid_UTF8_is_rejected()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Csv(YdelsesHeader, Good, "v1;101;dagpenge;2024-01-10;")).ToList();
        bytes.Insert(bytes.LastIndexOf((byte)'v') + 1, 0xFF); // "v\xFF1"

        var result = await Importer(database).ImportBytes(bytes.ToArray(), ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 3L, Reason = "line is not valid UTF-8" });
    }

    [Theory]
    [InlineData("kommunekode")]
    [InlineData("person_id")]
    [InlineData("startdato")]
    [InlineData("ydelsesgruppe")]
    public async Task A_missing_required_column_rejects_the_file_naming_the_column(string missing)
    {
        var columns = YdelsesHeader.Split(';').Where(c => c != missing).ToArray();
        var row = string.Join(";", columns.Select(c => c switch
        {
            "person_id" => "m1", "kommunekode" => "101", "ydelsesgruppe" => "dagpenge", "startdato" => "2024-01-01", _ => "",
        }));

        var result = await Importer(database).ImportText(Csv(string.Join(";", columns), row), ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(1);
        error.Column.Should().Be(missing);
        error.Reason.Should().Contain($"required column '{missing}' is missing");
    }

    [Fact]
    public async Task The_optional_slutdato_column_may_be_left_out()
    {
        var result = await Importer(database).ImportText(
            Csv("person_id;kommunekode;ydelsesgruppe;startdato", "opt_1;101;dagpenge;2024-01-01"), ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode WHERE person_id = 'opt_1' AND slutdato IS NULL")).Should().Be(1);
    }

    [Fact]
    public async Task A_column_given_twice_rejects_the_file()
    {
        var result = await Importer(database).ImportText(
            Csv("person_id;kommunekode;ydelsesgruppe;startdato;slutdato;KOMMUNEKODE", "d1;101;dagpenge;2024-01-01;;147"), ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.Errors.Should().ContainSingle().Which.Reason.Should().Contain("more than once");
    }

    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        var result = await Importer(database).ImportText("", ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.Errors.Should().ContainSingle().Which.Reason.Should().Contain("empty");
    }

    [Fact]
    public async Task A_file_with_only_a_header_imports_no_rows()
    {
        var result = await Importer(database).ImportText(Csv(SamtaleHeader), ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        result.RowsRead.Should().Be(0);
    }
}
