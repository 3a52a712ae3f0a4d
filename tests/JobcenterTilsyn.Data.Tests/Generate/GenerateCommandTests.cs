using System.Globalization;
using JobcenterTilsyn.Cli;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Data.Tests.Generate;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "jt-demo-cli-" + Guid.NewGuid().ToString("N"));

    private static async Task<(int Kode, string Ud, string Fejl)> Koer(params string[] args)
    {
        var ud = new StringWriter();
        var fejl = new StringWriter();
        var kode = await CliApp.RunAsync(args, ud, fejl, new ConfigurationBuilder().Build());
        return (kode, ud.ToString(), fejl.ToString());
    }

    [Theory]
    [InlineData("generate", "--seed", "1")]
    [InlineData("generate", "--out", "X")]
    [InlineData("generate", "--out", "X", "--seed", "1.5")]
    [InlineData("generate", "--out", "X", "--seed", "abc")]
    [InlineData("generate", "--out", "X", "--seed", "1", "--scale", "huge")]
    [InlineData("generate", "--out", "X", "--seed", "1", "--scale")]
    [InlineData("generate", "--out", "X", "--seed", "1", "--colour", "red")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var (kode, _, fejl) = await Koer(args);

        kode.Should().Be(CliApp.UsageError);
        fejl.Should().Contain("Usage: jobcentertilsyn generate --out DIR --seed N");
        Directory.Exists("X").Should().BeFalse();
    }

    [Fact]
    public async Task Generate_writes_the_four_files_and_prints_a_summary()
    {
        var (kode, ud, fejl) = await Koer("generate", "--out", _mappe, "--seed", "3", "--scale", "small");

        kode.Should().Be(CliApp.Ok, fejl);
        Directory.GetFiles(_mappe).Select(Path.GetFileName).Should().BeEquivalentTo(
            ["ydelsesforloeb.csv", "indsatser.csv", "samtaler.csv", "rammevilkaar.csv"]);
        var raekker = File.ReadLines(Path.Combine(_mappe, "indsatser.csv")).Count() - 1;
        ud.Should().Contain("3,000").And.Contain("indsatser.csv").And.Contain(raekker.ToString("N0", CultureInfo.InvariantCulture))
            .And.Contain("elapsed");
    }

    public void Dispose()
    {
        if (Directory.Exists(_mappe)) Directory.Delete(_mappe, recursive: true);
    }
}
