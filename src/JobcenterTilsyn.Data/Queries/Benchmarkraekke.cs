using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The figure type of a stored result benchmark (rules.md §5): one municipality in one område and period, with its
/// 90 % intervals (null when not stored). Read by the pages, the JSON API and the contract export from <see cref="BenchmarkQuery"/>.
/// </summary>
public sealed record Benchmarkraekke(
    short Kommunekode,
    string Navn,
    Omraade Omraade,
    Maaleperiode Periode,
    double Fuldtidspersoner,
    double Befolkning,
    double FaktiskAndel,
    double ForventetAndel,
    double Residual,
    int Rang,
    int Klynge,
    IReadOnlyList<short> LaerAf,
    DateTimeOffset Beregnet,
    double? ResidualLav = null,
    double? ResidualHoej = null,
    int? RangLav = null,
    int? RangHoej = null)
{
    public double PotentialePersoner => Potentiale.Personer(Residual, Befolkning);
}
