using JobcenterTilsyn.Cli;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Data.Tests.Computation;

/// <summary>`--period` on `compute` and `export benchmark`: malformed or conflicting options are usage errors before any database work.</summary>
public sealed class PeriodeKommandoTests
{
    private static async Task<(int Kode, string Fejl)> Koer(params string[] args)
    {
        var fejl = new StringWriter();
        var kode = await CliApp.RunAsync(args, TextWriter.Null, fejl, new ConfigurationBuilder().Build());
        return (kode, fejl.ToString());
    }

    [Theory]
    [InlineData("export", "benchmark", "--period", "2024-07..2025-05")]
    [InlineData("export", "benchmark", "--period", "2024-04..2025-03")]
    [InlineData("export", "benchmark", "--period", "2024-07-2025-06")]
    [InlineData("export", "benchmark", "--year", "2025", "--period", "2024-07..2025-06")]
    [InlineData("export", "benchmark")]
    [InlineData("compute", "--period", "2024-07..2025-07")]
    [InlineData("compute", "--period", "2024-07..2025-06", "--from", "2024-07")]
    public async Task A_wrong_period_is_a_usage_error(params string[] args)
    {
        var (kode, fejl) = await Koer(args);

        kode.Should().Be(CliApp.UsageError);
        fejl.Should().NotContain("No database configured");
    }
}
