using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

public sealed class ImportIdempotencyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var file = Csv(YdelsesHeader, "idem_1;101;dagpenge;2024-01-01;2024-03-31", "idem_2;147;sygedagpenge;2024-02-01;");
        var importer = Importer(database);

        var first = await importer.ImportText(file, ImportKind.Ydelsesforloeb);
        var rows = await database.AllRegisterRowsAsync();
        var second = await importer.ImportText(file, ImportKind.Ydelsesforloeb, ImportMode.Replace, fileName: "renamed_ydelsesforloeb.csv");

        first.Outcome.Should().Be(ImportOutcome.Succeeded);
        second.Outcome.Should().Be(ImportOutcome.AlreadyImported);
        second.Sha256.Should().Be(first.Sha256);
        second.RowsInserted.Should().Be(0);
        second.Message.Should().Contain($"batch {first.BatchId}");
        (await database.AllRegisterRowsAsync()).Should().Be(rows);
        await using var db = database.CreateContext();
        var batches = await db.ImportBatches.Where(b => b.Sha256 == first.Sha256).OrderBy(b => b.Id).ToListAsync();
        batches.Select(b => b.Outcome).Should().Equal(ImportOutcome.Succeeded, ImportOutcome.AlreadyImported);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_recognised_as_imported_after_reading_it()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(SamtaleHeader, "idem_3;101;2024-01-05"));
        var importer = Importer(database);

        var first = await importer.ImportAsync(new ForwardOnlyStream(bytes), "samtaler.csv", ImportKind.Samtaler, ImportMode.Append, "test");
        var second = await importer.ImportAsync(new ForwardOnlyStream(bytes), "samtaler.csv", ImportKind.Samtaler, ImportMode.Append, "test");

        first.Outcome.Should().Be(ImportOutcome.Succeeded);
        first.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        second.Outcome.Should().Be(ImportOutcome.AlreadyImported);
        (await database.CountAsync("SELECT count(*) FROM samtale WHERE person_id = 'idem_3'")).Should().Be(1);
    }

    [Fact]
    public async Task The_same_bytes_as_another_kind_are_a_different_batch()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv("person_id;kommunekode;dato;ydelsesgruppe;startdato;indsatstype", "idem_4;101;2024-01-06;dagpenge;2024-01-06;mentor"));

        var asSamtaler = await Importer(database).ImportBytes(bytes, ImportKind.Samtaler);
        var asIndsatser = await Importer(database).ImportBytes(bytes, ImportKind.Indsatser);

        asSamtaler.Outcome.Should().Be(ImportOutcome.Succeeded);
        asIndsatser.Outcome.Should().Be(ImportOutcome.Succeeded);
    }

    [Fact]
    public async Task Identical_rows_in_two_different_files_are_stored_once_whatever_the_order_of_columns_and_line_ends()
    {
        var a = Csv(YdelsesHeader, "dup_1;101;dagpenge;2024-01-01;2024-02-01", "dup_2;101;fleksjob;2024-01-01;");
        var b = "\uFEFFstartdato;YDELSESGRUPPE;person_id;slutdato;kommunekode;kilde\r\n"
                + "2024-01-01;fleksjob;dup_2;;101;x\r\n"
                + "2024-01-01;dagpenge;dup_1;2024-02-01;101;y\r\n"
                + "2024-03-01;dagpenge;dup_1;;101;z\r\n";

        var first = await Importer(database).ImportText(a, ImportKind.Ydelsesforloeb);
        var second = await Importer(database).ImportText(b, ImportKind.Ydelsesforloeb);

        first.RowsInserted.Should().Be(2);
        second.Outcome.Should().Be(ImportOutcome.Succeeded);
        second.RowsRead.Should().Be(3);
        second.RowsInserted.Should().Be(1);
        second.DuplicatesSkipped.Should().Be(2, "an open slutdato equals an open slutdato");
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode WHERE person_id LIKE 'dup_%'")).Should().Be(3);
    }

    [Fact]
    public async Task Identical_rows_within_one_file_are_stored_once()
    {
        var result = await Importer(database).ImportText(
            Csv(SamtaleHeader, "dup_3;101;2024-01-07", "dup_3;101;2024-01-07", "dup_3;147;2024-01-07", "dup_3;101;2024-01-07"), ImportKind.Samtaler);

        result.RowsRead.Should().Be(4);
        result.RowsInserted.Should().Be(2);
        result.DuplicatesSkipped.Should().Be(2);
    }

    [Fact]
    public async Task Appending_a_different_value_for_a_stored_rammevilkaar_is_rejected_but_the_same_value_is_a_duplicate()
    {
        await Importer(database).ImportText(Csv(RammeHeader, "2019;101;befolkning_16_66;1000", "2019;147;befolkning_16_66;500.5"), ImportKind.Rammevilkaar);

        var same = await Importer(database).ImportText(Csv(RammeHeader, "2019;147;befolkning_16_66;500.50"), ImportKind.Rammevilkaar);
        var different = await Importer(database).ImportText(
            Csv(RammeHeader, "2019;151;befolkning_16_66;10", "2019;101;befolkning_16_66;1001"), ImportKind.Rammevilkaar);

        same.Outcome.Should().Be(ImportOutcome.Succeeded);
        same.DuplicatesSkipped.Should().Be(1);
        different.Outcome.Should().Be(ImportOutcome.Rejected);
        var error = different.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.Column.Should().Be("vaerdi");
        error.Reason.Should().Contain("already stored with the value 1000").And.Contain("replace mode");
        (await database.CountAsync("SELECT count(*) FROM rammevilkaar WHERE aar = 2019")).Should().Be(2);
    }

    [Fact]
    public async Task Two_values_for_one_rammevilkaar_key_in_one_file_are_rejected()
    {
        var result = await Importer(database).ImportText(
            Csv(RammeHeader, "2018;101;ledighed;1.5", "2018;147;ledighed;2", "2018;101;ledighed;1.6"), ImportKind.Rammevilkaar, ImportMode.Replace);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.Errors.Select(e => e.Line).Should().Equal(2, 4);
        result.Errors.Should().OnlyContain(e => e.Reason.Contains("more than once"));
    }

    [Fact]
    public async Task The_history_lists_attempts_newest_first()
    {
        var importer = Importer(database);
        await importer.ImportText(Csv(SamtaleHeader, "hist_1;101;2024-01-08"), ImportKind.Samtaler, fileName: "samtaler_hist.csv");
        await importer.ImportText(Csv(SamtaleHeader, "hist_1;999;2024-01-08"), ImportKind.Samtaler, fileName: "samtaler_bad.csv");

        var history = await importer.HistoryAsync(2);

        history.Select(b => (b.FileName, b.Outcome)).Should().Equal(
            ("samtaler_bad.csv", ImportOutcome.Rejected), ("samtaler_hist.csv", ImportOutcome.Succeeded));
        history[0].ErrorCount.Should().Be(1);
        history[0].ErrorSummary.Should().Contain("line 2, kommunekode '999'");
        history[1].Should().BeEquivalentTo(new { Kind = ImportKind.Samtaler, Mode = ImportMode.Append, ImportedBy = "test", RowsRead = 1L, RowsInserted = 1L });
        history[1].FinishedAt.Should().NotBeNull();
    }

    /// <summary>A stream that can only be read forwards, like an upload.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
