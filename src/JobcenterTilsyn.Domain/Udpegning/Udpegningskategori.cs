namespace JobcenterTilsyn.Domain.Udpegning;

/// <summary>The outcome of the annual designation (rules.md §8).</summary>
public enum Udpegningskategori : short
{
    Ingen = 0,
    Risikozone = 1,
    Forbedret = 2,
    Udpeget = 3,
}
