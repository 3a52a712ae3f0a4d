namespace JobcenterTilsyn.Cli.Generate;

/// <summary>Purposes of the independent random streams (<see cref="SeededRandom.For"/>).</summary>
internal static class Stroem
{
    public const ulong Kommune = 1;
    public const ulong Region = 2;
    public const ulong Person = 3;
    public const ulong Fordeling = 4;
    public const ulong Cpr = 5;
}
