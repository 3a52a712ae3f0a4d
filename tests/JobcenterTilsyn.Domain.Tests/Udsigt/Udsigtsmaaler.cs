using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Udsigt;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Udsigt;

/// <summary>Runs the outlook for test persons and reads a person's contribution back as "kommune:har_tilbud/naevner".</summary>
internal static class Udsigtsmaaler
{
    public static Udsigtstaelling Tael(IEnumerable<PersonData> personer, string status, Regelsaetkatalog? katalog = null)
    {
        var taelling = new Udsigtstaelling();
        foreach (var person in personer) Udsigtsmaaling.Tael(person, [M(status)], katalog ?? Regelsaetkatalog.Standard, taelling);
        return taelling;
    }

    /// <summary>The contribution to goal <paramref name="maal"/> in coming month <paramref name="maaned"/>, e.g. "101:1/1", or "-".</summary>
    public static string Bidrag(PersonData person, Maal maal, string status, string maaned, Regelsaetkatalog? katalog = null)
    {
        var taelling = Tael([person], status, katalog);
        var (m, s) = (M(maaned), M(status));
        var k = ((m.Aar - s.Aar) * 12) + m.Nr - s.Nr;
        var dele = new List<string>();
        for (short kode = 0; kode < 1000; kode++)
        {
            var naevner = taelling.Naevner(M(status), k, kode, maal);
            if (naevner > 0) dele.Add($"{kode}:{taelling.HarTilbud(M(status), k, kode, maal)}/{naevner}");
        }
        return dele.Count == 0 ? "-" : string.Join(" ", dele);
    }
}
