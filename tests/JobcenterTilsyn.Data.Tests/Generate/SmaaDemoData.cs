using JobcenterTilsyn.Cli.Generate;

namespace JobcenterTilsyn.Data.Tests.Generate;

/// <summary>The `small` data set of seed 1, generated once per test class into a temp folder and read back.</summary>
public sealed class SmaaDemoData : IDisposable
{
    public SmaaDemoData()
    {
        Mappe = Path.Combine(Path.GetTempPath(), "jt-demo-" + Guid.NewGuid().ToString("N"));
        Resultat = DemoDataGenerator.Generer(Mappe, Seed, DemoScale.Small);
        Data = DemoDatasaet.Laes(Mappe);
        Overslag = new DemoOverslag(Data);
    }

    public const ulong Seed = 1;

    public string Mappe { get; }

    public DemoDataSummary Resultat { get; }

    public DemoDatasaet Data { get; }

    public DemoOverslag Overslag { get; }

    public void Dispose() => Directory.Delete(Mappe, recursive: true);
}
