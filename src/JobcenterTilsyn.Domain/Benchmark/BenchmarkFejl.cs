namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>Why a benchmark cannot be computed (rules.md §5): never a silent fallback.</summary>
public enum BenchmarkFejltype
{
    ManglendeBefolkning,
    UgyldigBefolkning,
    UfuldstaendigVariabel,
    ForFaaKommuner,
    SingulaerModel,
}

/// <summary>A benchmark that cannot be estimated, with the reason and what it concerns.</summary>
public sealed class BenchmarkFejlException(BenchmarkFejltype type, string message) : Exception(message)
{
    public BenchmarkFejltype Type { get; } = type;
}
