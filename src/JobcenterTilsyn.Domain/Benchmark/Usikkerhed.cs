namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// The 90 % intervals of one municipality's benchmark: for its residual (from the prediction standard error)
/// and for its rang (from <see cref="Benchmarkusikkerhed"/>).
/// </summary>
public sealed record Usikkerhed(double ResidualLav, double ResidualHoej, int RangLav, int RangHoej)
{
    /// <summary>
    /// Whether the result criterion (rang &gt; <paramref name="graenseRang"/>, rules.md §8) would differ somewhere
    /// inside the rang interval.
    /// </summary>
    public bool KanSkifteResultatkriterie(int graenseRang) => RangLav <= graenseRang && RangHoej > graenseRang;
}
