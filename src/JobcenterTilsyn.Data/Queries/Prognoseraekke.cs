using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The figure type of the designation forecast (rules.md §11): one municipality's forecast category for year
/// <paramref name="Aar"/> as of <paramref name="Statusmaaned"/>, with A and B pooled over Y-01..M0 (under the year's
/// thresholds) and the distance to each. Read by the JSON API and the contract export from <see cref="PrognoseQuery"/>.
/// </summary>
public sealed record Prognoseraekke(
    short Kommunekode,
    string Kommunenavn,
    int Aar,
    Maaned Statusmaaned,
    Maaleperiode BenchmarkPeriode,
    Udpegningskategori Kategori,
    bool ResultatKriterie,
    bool IndsatsKriterie,
    Maaltal A,
    Maaltal B,
    int ManglerA,
    int ManglerB,
    int Rang,
    int AntalKommuner,
    string Regelsaet);
