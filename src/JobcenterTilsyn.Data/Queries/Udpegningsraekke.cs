using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The figure type of a stored annual designation (rules.md §8): the category, both criteria, and what they rest on
/// (A and B pooled over the year, the `alle` rang). Read by the pages, the JSON API and the export from <see cref="UdpegningQuery"/>.
/// </summary>
public sealed record Udpegningsraekke(
    short Kommunekode,
    string Navn,
    string Region,
    int Aar,
    string Kategori,
    bool ResultatKriterie,
    bool IndsatsKriterie,
    Maaltal A,
    Maaltal B,
    int Rang,
    int AntalKommuner,
    string Regelsaet,
    DateTimeOffset Beregnet);
