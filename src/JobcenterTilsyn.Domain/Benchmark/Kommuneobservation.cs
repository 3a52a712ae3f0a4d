namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>One municipality's input to a benchmark of one område: its fuldtidspersoner in the period.</summary>
public sealed record Kommuneobservation(short Kommunekode, double Fuldtidspersoner);
