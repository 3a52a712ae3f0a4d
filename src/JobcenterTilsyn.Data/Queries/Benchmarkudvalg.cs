using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>Which stored benchmark rows <see cref="BenchmarkQuery"/> reads; a null criterion means all.</summary>
/// <param name="KunKalenderaar">Only calendar-year periods (the rolling ones are left out).</param>
public sealed record Benchmarkudvalg(Maaleperiode? Periode = null, Omraade? Omraade = null, short? Kommunekode = null, bool KunKalenderaar = false);
