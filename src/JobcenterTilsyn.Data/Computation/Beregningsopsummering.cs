namespace JobcenterTilsyn.Data.Computation;

/// <summary>What a computation run did, for the CLI summary and the administrator page.</summary>
public sealed record Beregningsopsummering(long BeregningId, int Maaneder, IReadOnlyList<int> Aar, long Personer, int Maalresultater, TimeSpan Varighed)
{
    /// <summary>Every benchmarked period: the calendar years and the rolling periods ending at a half-year.</summary>
    public IReadOnlyList<Domain.Benchmark.Maaleperiode> Perioder { get; init; } = [];

    /// <summary>Rolling periods left out because their end year has no framework conditions.</summary>
    public IReadOnlyList<Domain.Benchmark.Maaleperiode> UdeladtePerioder { get; init; } = [];
}
