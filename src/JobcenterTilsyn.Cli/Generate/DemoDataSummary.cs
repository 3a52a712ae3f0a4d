namespace JobcenterTilsyn.Cli.Generate;

/// <summary>What <see cref="DemoDataGenerator.Generer"/> wrote.</summary>
public sealed record DemoDataSummary(
    string Mappe,
    DemoScale Scale,
    ulong Seed,
    int Personer,
    int CprPersoner,
    long Ydelsesforloeb,
    long Indsatser,
    long Samtaler,
    long Rammevilkaar,
    double GennemsnitligAndel,
    TimeSpan Tid);
