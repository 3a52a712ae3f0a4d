namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>
/// One person's (or, for B, one spell's) contribution to a measure in a month: counted in the
/// denominator of <paramref name="Kommunekode"/>, and in its numerator when <paramref name="ITaeller"/>.
/// </summary>
public readonly record struct Bidrag(short Kommunekode, bool ITaeller);
