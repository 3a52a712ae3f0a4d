using System.Collections.Concurrent;
using System.Security.Cryptography;
using JobcenterTilsyn.Cli.Generate;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Testing;

/// <summary>
/// Fills a database with computed results of the small demo set (seed 1): import, then compute 2022-01..2025-12
/// (about 10 s). Runs at most once per connection string per test run, however many tests ask.
/// </summary>
public static class DemoResultater
{
    public static readonly Maaned Fra = new(2022, 1);
    public static readonly Maaned Til = new(2025, 12);

    private static readonly ConcurrentDictionary<string, Lazy<Task>> Indlaest = new();

    public static Task SikrAsync(string connectionString) =>
        Indlaest.GetOrAdd(connectionString, cs => new Lazy<Task>(() => IndlaesAsync(cs))).Value;

    private static async Task IndlaesAsync(string connectionString)
    {
        var mappe = Path.Combine(Path.GetTempPath(), "jt-demo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            DemoDataGenerator.Generer(mappe, 1, DemoScale.Small);
            var importer = new Importer(connectionString,
                new PseudonymizationOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            foreach (var fil in ImportFiles.InFolder(mappe).Files)
            {
                var resultat = await importer.ImportFileAsync(fil.Path, ImportMode.Append, "test", null, CancellationToken.None);
                if (!resultat.Succeeded) throw new InvalidOperationException($"Demo import of {fil.Path} failed: {resultat.Message}");
            }
            await new Beregningskoersel(connectionString).KoerAsync(Fra, Til, "test");
        }
        finally
        {
            Directory.Delete(mappe, recursive: true);
        }
    }
}
