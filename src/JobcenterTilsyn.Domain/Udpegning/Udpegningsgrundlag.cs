namespace JobcenterTilsyn.Domain.Udpegning;

/// <summary>
/// What the designation of one municipality rests on: focus goals A and B pooled over the 12 months of the
/// year (sums of the stored monthly numerators and denominators) and its rang in the `alle` benchmark.
/// </summary>
public sealed record Udpegningsgrundlag(short Kommunekode, long ATaeller, long ANaevner, long BTaeller, long BNaevner, int Rang);
