using System.Globalization;
using System.Security.Cryptography;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Testing;

namespace JobcenterTilsyn.Data.Tests.Computation;

/// <summary>
/// The whole path on the shared sample, as an outside check runs it: import the four files into PostgreSQL,
/// compute 2024-12..2025-12, export, and compare with the independently computed expected files.
/// </summary>
public sealed class SampleComputationTests(SampleComputationTests.ImportedSample sample) : IClassFixture<SampleComputationTests.ImportedSample>
{
    public sealed class ImportedSample : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public Beregningsopsummering Opsummering { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var importer = new Importer(Database.ConnectionString,
                new PseudonymizationOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            foreach (var fil in ImportFiles.InFolder(Sti()).Files)
            {
                var resultat = await importer.ImportFileAsync(fil.Path, ImportMode.Append, "test", null, CancellationToken.None);
                resultat.Succeeded.Should().BeTrue(resultat.Message);
            }
            Opsummering = await new Beregningskoersel(Database.ConnectionString).KoerAsync(new Maaned(2024, 12), new Maaned(2025, 12), "test");
        }

        public Task DisposeAsync() => Database.DisposeAsync();
    }

    private static string Sti(params string[] dele) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "Sample", .. dele]);

    [Fact]
    public void Computation_covers_the_months_and_the_one_whole_year()
    {
        sample.Opsummering.Maaneder.Should().Be(13);
        sample.Opsummering.Aar.Should().Equal(2025);
        sample.Opsummering.Maalresultater.Should().Be(98 * 4 * 13);
    }

    [Theory]
    [InlineData("measures_2024-12.csv")]
    [InlineData("measures_2025-06.csv")]
    [InlineData("benchmark_2025.csv")]
    [InlineData("designation_2025.csv")]
    public async Task Export_matches_the_expected_sample_file(string fil)
    {
        await using var db = sample.Database.CreateContext();
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var del = fil.Split('_', '.');
        Func<Task> eksport = del[0] switch
        {
            "measures" => () => MaalExport.SkrivAsync(db, Maaned.Parse(del[1]), writer),
            "benchmark" => () => BenchmarkExport.SkrivAsync(db, Maaleperiode.Kalenderaar(int.Parse(del[1], CultureInfo.InvariantCulture)), writer),
            _ => () => UdpegningExport.SkrivAsync(db, int.Parse(del[1], CultureInfo.InvariantCulture), writer),
        };
        await eksport();

        var faktisk = writer.ToString().Split('\n');
        var forventet = File.ReadAllText(Sti("expected", fil)).Split('\n');
        faktisk[^1].Should().BeEmpty("every line ends with \\n, the last included");
        faktisk.Should().HaveSameCount(forventet);
        var afvigelser = new List<string>();
        for (var i = 0; i < forventet.Length; i++)
        {
            if (!SammeLinje(faktisk[i], forventet[i])) afvigelser.Add($"line {i + 1}: got '{faktisk[i]}', expected '{forventet[i]}'");
        }
        afvigelser.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_of_a_month_that_was_not_computed_is_refused_with_a_clear_message()
    {
        await using var db = sample.Database.CreateContext();
        var act = () => MaalExport.SkrivAsync(db, new Maaned(2023, 1), TextWriter.Null);
        (await act.Should().ThrowAsync<IngenResultaterException>()).WithMessage("*2023-01*compute*");
    }

    // Whole numbers, codes and categories must be identical; decimals may differ by 1e-7 (as the outside check allows).
    internal static bool SammeLinje(string faktisk, string forventet)
    {
        var a = faktisk.Split(';');
        var b = forventet.Split(';');
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (!b[i].Contains('.', StringComparison.Ordinal)
                || !double.TryParse(a[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || Math.Abs(x - double.Parse(b[i], CultureInfo.InvariantCulture)) > 1e-7)
            {
                return false;
            }
        }
        return true;
    }
}
