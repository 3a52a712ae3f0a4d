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
    DateTimeOffset Beregnet)
{
    /// <summary>
    /// In words, for the history: "Udpegning 2025: kategori udpeget; resultatkriteriet opfyldt, indsatskriteriet ikke
    /// opfyldt; rang 90 af 98; regelsæt OEVO-2024".
    /// </summary>
    public string Beskrivelse =>
        $"Udpegning {Aar}: kategori {Kategori.Kode()}; resultatkriteriet {Opfyldt(ResultatKriterie)}, " +
        $"indsatskriteriet {Opfyldt(IndsatsKriterie)}; rang {Rang} af {AntalKommuner}; regelsæt {Regelsaet}";

    private static string Opfyldt(bool kriterie) => kriterie ? "opfyldt" : "ikke opfyldt";
}
