namespace JobcenterTilsyn.Data.Beregning;

/// <summary>What a computation run did, for the CLI summary and the administrator page.</summary>
public sealed record Beregningsopsummering(long BeregningId, int Maaneder, IReadOnlyList<int> Aar, long Personer, int Maalresultater, TimeSpan Varighed);
