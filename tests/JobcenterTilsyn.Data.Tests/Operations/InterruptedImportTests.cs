using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Data.Tests.Import;
using JobcenterTilsyn.Testing;
using Npgsql;

namespace JobcenterTilsyn.Data.Tests.Operations;

/// <summary>An import stopped halfway (cancelled, or its process killed) leaves no rows and no import batch behind.</summary>
public sealed class InterruptedImportTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private const int Persons = 300_000;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jt-interrupted-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData(ImportPhase.Reading)]
    [InlineData(ImportPhase.Storing)]
    public async Task An_import_cancelled_halfway_leaves_no_rows_and_no_batch(ImportPhase phase)
    {
        var path = Generate($"ydelsesforloeb_cancel_{phase}.csv".ToLowerInvariant(), phase.ToString()[..1]);
        var rowsBefore = await database.AllRegisterRowsAsync();
        using var cts = new CancellationTokenSource();
        var cancelHalfway = new CancelAt(phase, cts);

        var import = () => ImportTestKit.Importer(database).ImportFileAsync(path, ImportMode.Append, "test", cancelHalfway, cts.Token);

        await import.Should().ThrowAsync<OperationCanceledException>();
        cancelHalfway.Cancelled.Should().BeTrue("the import must have been stopped while it ran, not before");
        await AssertNothingOf(path, rowsBefore);

        // And the same file imports completely afterwards: nothing half-done blocks it.
        var result = await ImportTestKit.Importer(database).ImportFileAsync(path, ImportMode.Append, "test");
        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        (await database.AllRegisterRowsAsync()).Should().Be(rowsBefore + result.RowsInserted);
    }

    [Fact]
    public async Task An_import_whose_process_is_killed_mid_copy_leaves_no_rows_and_no_batch()
    {
        var path = Generate("ydelsesforloeb_killed.csv", "K");
        var rowsBefore = await database.AllRegisterRowsAsync();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JobcenterTilsyn.Cli.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(path);
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment["Pseudonymization__Key"] = ImportTestKit.Key;
        using var process = Process.Start(start)!;
        try
        {
            // Killed while its COPY into the staging table is under way.
            (await WaitForCopyAsync(process, TimeSpan.FromSeconds(60))).Should().BeTrue("the CLI import should reach its COPY");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        // The server notices the lost client and rolls its transaction back.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()") > 0
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await AssertNothingOf(path, rowsBefore);
    }

    private async Task AssertNothingOf(string path, long rowsBefore)
    {
        (await database.AllRegisterRowsAsync()).Should().Be(rowsBefore, "no row of the interrupted file may remain");
        (await database.CountAsync("SELECT count(*) FROM import_batch WHERE file_name = @f", ("f", Path.GetFileName(path))))
            .Should().Be(0, "an interrupted import records no batch");
    }

    private async Task<bool> WaitForCopyAsync(Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (await CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'COPY%' AND state = 'active'") > 0)
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    /// <summary>About 600,000 valid rows (20 MB): long enough to be stopped in the middle.</summary>
    private string Generate(string name, string personPrefix)
    {
        string[] grupper = ["dagpenge", "kontanthjaelp_jobparat", "sygedagpenge", "fleksjob"];
        var path = Path.Combine(_folder.FullName, name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(ImportTestKit.YdelsesHeader + "\n");
        var start = new DateOnly(2020, 1, 1);
        for (var person = 0; person < Persons; person++)
        {
            for (var n = 0; n < 2; n++)
            {
                var from = start.AddDays(person % 1000 + n * 500);
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{personPrefix}{person:D9};{(person % 2 == 0 ? "101" : "751")};{grupper[(person + n) % grupper.Length]};{from:yyyy-MM-dd};{from.AddDays(100):yyyy-MM-dd}\n"));
            }
        }
        return path;
    }

    /// <summary>Cancels on the first progress report of a phase after some rows, synchronously (Progress&lt;T&gt; would post it later).</summary>
    private sealed class CancelAt(ImportPhase phase, CancellationTokenSource cts) : IProgress<ImportProgress>
    {
        public bool Cancelled { get; private set; }

        public void Report(ImportProgress value)
        {
            if (Cancelled || value.Phase != phase || (phase == ImportPhase.Reading && value.RowsRead < 100_000)) return;
            Cancelled = true;
            cts.Cancel();
        }
    }
}
