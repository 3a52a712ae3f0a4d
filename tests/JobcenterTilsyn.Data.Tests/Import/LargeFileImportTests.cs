using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using Xunit.Abstractions;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>Runs alone, so the memory it measures is its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeFileCollection
{
    public const string Name = "Large import files";
}

[Collection(LargeFileCollection.Name)]
public sealed class LargeFileImportTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private const long FileBytes = 100_000_000;

    /// <summary>The bounds: the managed heap and the working set may grow by this much while a 100 MB file streams through.</summary>
    private const long MaxHeapGrowth = 48L * 1024 * 1024;
    private const long MaxWorkingSetGrowth = 96L * 1024 * 1024;

    [Fact]
    public async Task A_100_MB_file_streams_through_without_the_heap_growing_with_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jt-{Guid.NewGuid():N}", "ydelsesforloeb_large.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var rows = Generate(path);
            var importer = Importer(database);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            var workingSetBefore = process.WorkingSet64;
            long peakHeap = heapBefore, peakWorkingSet = workingSetBefore;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                    process.Refresh();
                    peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                    await Task.Delay(10);
                }
            });

            var result = await importer.ImportFileAsync(path, ImportMode.Append, "test");
            await stop.CancelAsync();
            await sampler;

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{new FileInfo(path).Length / 1e6:F0} MB, {result.RowsRead:N0} rows in {result.Elapsed.TotalSeconds:F1} s = {result.RowsPerSecond:N0} rows/s; "
                + $"managed heap +{(peakHeap - heapBefore) / 1e6:F1} MB at peak, working set +{(peakWorkingSet - workingSetBefore) / 1e6:F1} MB at peak"));
            result.Outcome.Should().Be(ImportOutcome.Succeeded, string.Join("\n", result.Errors));
            result.RowsRead.Should().Be(rows);
            result.RowsInserted.Should().Be(rows);
            (peakHeap - heapBefore).Should().BeLessThan(MaxHeapGrowth, "memory must not grow with the file");
            (peakWorkingSet - workingSetBefore).Should().BeLessThan(MaxWorkingSetGrowth, "memory must not grow with the file");
            (await database.CountAsync("SELECT count(*) FROM ydelsesperiode")).Should().Be(rows);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>About 100 MB of valid, distinct rows: two or three periods per person, every seventh person by CPR number.</summary>
    private static long Generate(string path)
    {
        string[] kommuner = ["101", "147", "151", "461", "751", "851"];
        string[] grupper = ["dagpenge", "kontanthjaelp_jobparat", "sygedagpenge", "fleksjob", "uddannelseshjaelp_aktivitetsparat"];
        var start = new DateOnly(2019, 1, 1);
        long rows = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(YdelsesHeader + "\n");
        for (var person = 0; writer.BaseStream.Position < FileBytes; person++)
        {
            var id = person % 7 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{1 + (person % 28):00}{1 + (person / 28 % 12):00}{person / 336 % 100:00}-{person % 10000:0000}")
                : string.Create(CultureInfo.InvariantCulture, $"L{person:D9}");
            for (var n = 0; n < 2 + (person % 2); n++)
            {
                var from = start.AddDays((person * 7 + n * 400) % 2400);
                var to = n == 2 ? "" : from.AddDays(30 + person % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{id};{kommuner[(person + n) % kommuner.Length]};{grupper[(person + n) % grupper.Length]};{from:yyyy-MM-dd};{to}\n"));
                rows++;
            }
        }
        return rows;
    }
}
