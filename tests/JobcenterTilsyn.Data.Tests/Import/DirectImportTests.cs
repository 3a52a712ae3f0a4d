using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using Microsoft.Extensions.Logging;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>
/// The fast path into an empty register table (binary COPY straight into it) gives the same results as the staged,
/// de-duplicating path: all or nothing, the row-level report, idempotency; a file that repeats a row falls back.
/// Each test has a database of its own (xunit makes one instance per test), since the path depends on the table being empty.
/// </summary>
public sealed class DirectImportTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private async Task<(ImportResult Result, List<string> Log, TestDatabase Database)> ImportIntoEmptyAsync(string csv, ImportKind kind)
    {
        var database = _database;
        var log = new List<string>();
        var importer = new Importer(database.ConnectionString, new PseudonymizationOptions { Key = Key }, new ListLogger(log));
        return (await importer.ImportText(csv, kind), log, database);
    }

    [Fact]
    public async Task A_file_without_repeated_rows_goes_straight_into_the_empty_table_with_its_batch()
    {
        var (result, log, database) = await ImportIntoEmptyAsync(
            Csv(YdelsesHeader, "d_1;101;dagpenge;2024-01-01;2024-02-01", "d_1;101;dagpenge;2024-03-01;", "d_2;851;kontanthjaelp_jobparat;2023-05-01;2023-12-31"),
            ImportKind.Ydelsesforloeb);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        (result.RowsRead, result.RowsInserted, result.DuplicatesSkipped).Should().Be((3, 3, 0));
        (result.CoveredFrom, result.CoveredTo).Should().Be((new DateOnly(2023, 5, 1), new DateOnly(2024, 3, 1)));
        log.Should().Contain(l => l.Contains("straight into the empty ydelsesperiode"));
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode WHERE import_batch_id = @b", ("b", result.BatchId))).Should().Be(3);
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode WHERE person_id = 'd_1' AND slutdato IS NULL")).Should().Be(1);
        (await database.CountAsync("SELECT rows_read + rows_inserted FROM import_batch WHERE id = @b AND outcome = 'succeeded' AND finished_at IS NOT NULL",
            ("b", result.BatchId))).Should().Be(6);

        var again = await Importer(database).ImportText(
            Csv(YdelsesHeader, "d_1;101;dagpenge;2024-01-01;2024-02-01", "d_1;101;dagpenge;2024-03-01;", "d_2;851;kontanthjaelp_jobparat;2023-05-01;2023-12-31"),
            ImportKind.Ydelsesforloeb);
        again.Outcome.Should().Be(ImportOutcome.AlreadyImported);
        (await database.CountAsync("SELECT count(*) FROM ydelsesperiode")).Should().Be(3);
    }

    [Fact]
    public async Task A_file_that_repeats_a_row_stores_it_once_and_the_unique_key_is_back()
    {
        var (result, log, database) = await ImportIntoEmptyAsync(
            Csv(SamtaleHeader, "s_1;101;2024-01-07", "s_1;147;2024-01-07", "s_1;101;2024-01-07", "s_2;101;2024-01-08", "s_1;101;2024-01-07"), ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        (result.RowsRead, result.RowsInserted, result.DuplicatesSkipped).Should().Be((5, 3, 2));
        log.Should().Contain(l => l.Contains("straight into the empty samtale (2 repeated rows removed)"));
        (await database.CountAsync("SELECT count(*) FROM samtale")).Should().Be(3);
        (await database.CountAsync("SELECT count(*) FROM import_batch WHERE duplicates_skipped = 2 AND rows_inserted = 3")).Should().Be(1);
        (await database.CountAsync("SELECT count(*) FROM pg_constraint WHERE conrelid = 'samtale'::regclass AND contype = 'p'")).Should().Be(1);

        // The key is enforced again: a later file with a stored row goes the staged way and skips it.
        var later = await Importer(database).ImportText(Csv(SamtaleHeader, "s_1;101;2024-01-07", "s_3;101;2024-01-09"), ImportKind.Samtaler);
        (later.RowsInserted, later.DuplicatesSkipped).Should().Be((1, 1));
        (await database.CountAsync("SELECT count(*) FROM samtale")).Should().Be(4);
    }

    [Fact]
    public async Task The_indexes_of_a_period_table_are_the_same_after_a_direct_import()
    {
        var foer = await Indexes(_database, "indsats");
        var (result, _, database) = await ImportIntoEmptyAsync(
            Csv(IndsatsHeader, "i_1;101;oevo;2024-01-01;", "i_1;101;oevo;2024-01-01;", "i_1;101;oevo;2024-01-01;2024-02-01"), ImportKind.Indsatser);

        (result.RowsInserted, result.DuplicatesSkipped).Should().Be((2, 1), "an open slutdato equals an open one, as in the unique index");
        (await Indexes(database, "indsats")).Should().Equal(foer);
    }

    [Fact]
    public async Task A_first_load_and_a_load_into_a_table_with_rows_store_the_same_rows()
    {
        // Repeats within a person's run (dropped as they stream by), a repeat further apart (left to the unique key),
        // one person under two spellings of the same CPR number (the same pseudonym), and an open slutdato.
        var file = Csv(YdelsesHeader,
            "d_1;101;dagpenge;2024-01-01;2024-02-01", "d_1;101;dagpenge;2024-01-01;2024-02-01", "d_1;101;dagpenge;2024-03-01;",
            "0203802222;147;fleksjob;2022-01-01;", "020380-2222;147;fleksjob;2022-01-01;", "d_2;851;kontanthjaelp_jobparat;2023-05-01;2023-12-31",
            "d_1;101;dagpenge;2024-03-01;", "d_3;851;dagpenge;2025-01-01;2025-01-31");
        var (first, log, direct) = await ImportIntoEmptyAsync(file, ImportKind.Ydelsesforloeb);
        log.Should().Contain(l => l.Contains("straight into the empty ydelsesperiode (3 repeated rows removed)"));
        (first.RowsRead, first.RowsInserted, first.DuplicatesSkipped, first.RowsDeleted).Should().Be((8, 5, 3, 0));

        await using var staged = new TestDatabase();
        await staged.InitializeAsync();
        var earlier = await Importer(staged).ImportText(Csv(YdelsesHeader, "d_3;851;dagpenge;2025-01-01;2025-01-31"), ImportKind.Ydelsesforloeb);
        earlier.RowsInserted.Should().Be(1);
        var second = await Importer(staged).ImportText(file, ImportKind.Ydelsesforloeb);
        (second.RowsRead, second.RowsInserted, second.DuplicatesSkipped).Should().Be((8, 4, 4), "the stored row counts as a duplicate here");

        const string Rows = "SELECT concat_ws(';', person_id, kommunekode, ydelsesgruppe, startdato, slutdato) FROM ydelsesperiode ORDER BY 1";
        var stored = await staged.StringsAsync(Rows);
        stored.Should().HaveCount(5);
        (await direct.StringsAsync(Rows)).Should().Equal(stored);
        (await Indexes(direct, "ydelsesperiode")).Should().Equal(await Indexes(staged, "ydelsesperiode"));
    }

    [Fact]
    public async Task A_first_load_leaves_its_pages_all_visible_so_the_ordered_read_skips_the_heap()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => $"v_{(i * 7919) % 3000:D4};101;2024-01-{1 + i % 28:D2}").Prepend(SamtaleHeader).ToArray();
        var (result, _, database) = await ImportIntoEmptyAsync(Csv(lines), ImportKind.Samtaler);
        result.RowsInserted.Should().Be(3000);

        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var analyze = new Npgsql.NpgsqlCommand("ANALYZE samtale", connection)) await analyze.ExecuteNonQueryAsync();
        (await database.StringsAsync("SELECT relpages || '/' || relallvisible FROM pg_class WHERE relname = 'samtale'"))
            .Should().ContainSingle().Which.Should().MatchRegex("^([1-9][0-9]*)/\\1$", "every page written by the COPY is all-visible");

        await using var explain = new Npgsql.NpgsqlCommand(
            "SET enable_seqscan = off; EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT person_id, kommunekode, dato FROM samtale ORDER BY person_id COLLATE \"C\"",
            connection);
        var plan = new List<string>();
        await using (var r = await explain.ExecuteReaderAsync())
        {
            while (await r.ReadAsync()) plan.Add(r.GetString(0));
        }
        plan.Should().Contain(l => l.Contains("Index Only Scan")).And.Contain(l => l.Trim() == "Heap Fetches: 0");
    }

    private static Task<List<string>> Indexes(TestDatabase database, string table) =>
        database.StringsAsync($"SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = '{table}'::regclass ORDER BY 1");

    [Fact]
    public async Task A_file_with_an_error_is_rejected_with_the_row_level_report_and_nothing_stored()
    {
        var (result, _, database) = await ImportIntoEmptyAsync(
            Csv(IndsatsHeader, "i_1;101;oevo;2024-01-01;2024-02-01", "i_2;999;oevo;2024-01-01;", "i_3;101;oevo;2024-13-01;"), ImportKind.Indsatser);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        result.RowsRead.Should().Be(3);
        result.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3L, "kommunekode"), (4L, "startdato"));
        (await database.CountAsync("SELECT count(*) FROM indsats")).Should().Be(0);
        (await database.CountAsync("SELECT count(*) FROM import_batch WHERE outcome = 'rejected' AND rows_inserted = 0")).Should().Be(1);
    }

    private sealed class ListLogger(List<string> log) : ILogger<Importer>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(formatter(state, exception));
    }
}
