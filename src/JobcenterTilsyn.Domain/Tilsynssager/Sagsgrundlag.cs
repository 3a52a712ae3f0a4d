using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>
/// The stored designation a case was opened from (rules.md §8: "the designation it was based on is stored
/// with the case"), copied so that a later recomputation does not change what the decision rested on.
/// </summary>
public sealed record Sagsgrundlag(
    int Aar,
    Udpegningskategori Kategori,
    bool ResultatKriterie,
    bool IndsatsKriterie,
    int Rang,
    int AntalKommuner,
    string Regelsaet,
    DateTimeOffset Beregnet);
