using JobcenterTilsyn.Cli.Generate;

namespace JobcenterTilsyn.Data.Tests.Generate;

public sealed class DemoDataDeterminismTests : IDisposable
{
    private static readonly string[] Filer = ["ydelsesforloeb.csv", "indsatser.csv", "samtaler.csv", "rammevilkaar.csv"];
    private readonly string _rod = Path.Combine(Path.GetTempPath(), "jt-demo-det-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Same_seed_and_scale_give_byte_identical_files()
    {
        DemoDataGenerator.Generer(Path.Combine(_rod, "a"), 42, DemoScale.Small);
        DemoDataGenerator.Generer(Path.Combine(_rod, "b"), 42, DemoScale.Small);

        foreach (var fil in Filer)
        {
            var a = File.ReadAllBytes(Path.Combine(_rod, "a", fil));
            a.Should().NotBeEmpty();
            a.SequenceEqual(File.ReadAllBytes(Path.Combine(_rod, "b", fil))).Should().BeTrue($"{fil} must be byte-identical for the same seed");
        }
    }

    [Fact]
    public void A_different_seed_gives_different_files()
    {
        DemoDataGenerator.Generer(Path.Combine(_rod, "a"), 42, DemoScale.Small);
        DemoDataGenerator.Generer(Path.Combine(_rod, "b"), 43, DemoScale.Small);

        foreach (var fil in Filer)
        {
            File.ReadAllBytes(Path.Combine(_rod, "a", fil)).SequenceEqual(File.ReadAllBytes(Path.Combine(_rod, "b", fil)))
                .Should().BeFalse($"{fil} should depend on the seed");
        }
    }

    [Fact]
    public void The_portable_log_and_exp_agree_with_the_platform_ones()
    {
        foreach (var x in new[] { 1e-300, 1e-9, 0.001, 0.5, 0.7071, 1, 1.41, 2, 10, 45_000, 1e12 })
        {
            PortableMath.Log(x).Should().BeApproximately(Math.Log(x), 1e-13 * Math.Max(1, Math.Abs(Math.Log(x))));
        }
        foreach (var x in new[] { -600, -20, -1, -1e-6, 0, 0.3, 1, 5, 30, 600.0 })
        {
            PortableMath.Exp(x).Should().BeApproximately(Math.Exp(x), 1e-14 * Math.Exp(x));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_rod)) Directory.Delete(_rod, recursive: true);
    }
}
