using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Builders;

/// <summary>Runs the measures for test persons and reads a figure back as "taeller/naevner".</summary>
internal static class Maaler
{
    public static Maaletaelling Tael(IEnumerable<PersonData> personer, string[] maaneder, Regelsaetkatalog? katalog = null)
    {
        var taelling = new Maaletaelling();
        var liste = maaneder.Select(M).ToArray();
        foreach (var person in personer)
        {
            Personmaaling.Tael(person, liste, katalog ?? Regelsaetkatalog.Standard, taelling);
        }

        return taelling;
    }

    public static Maaletaelling Tael(PersonData person, params string[] maaneder) => Tael([person], maaneder);

    public static string Brok(this Maaletaelling taelling, Maal maal, string maaned, short kommune = PersonBygger.Kommune) =>
        $"{taelling.Taeller(kommune, maal, M(maaned))}/{taelling.Naevner(kommune, maal, M(maaned))}";

    /// <summary>A person's contribution to A, B, C or D in one month, as "kommune:1" (numerator) / "kommune:0", or "-".</summary>
    public static string Bidrag(PersonData person, Maal maal, string maaned, Regelsaetkatalog? katalog = null)
    {
        var taelling = Tael([person], [maaned], katalog);
        var dele = new List<string>();
        for (short kode = 0; kode < 1000; kode++)
        {
            var naevner = taelling.Naevner(kode, maal, M(maaned));
            if (naevner > 0)
            {
                dele.Add($"{kode}:{taelling.Taeller(kode, maal, M(maaned))}/{naevner}");
            }
        }

        return dele.Count == 0 ? "-" : string.Join(" ", dele);
    }
}
