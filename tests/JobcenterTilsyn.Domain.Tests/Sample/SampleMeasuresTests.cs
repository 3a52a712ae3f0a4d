using System.Globalization;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Tests.Sample;

/// <summary>
/// The small sample data set against its independently computed expected measures: every
/// municipality and goal, numerators and denominators exactly.
/// </summary>
public sealed class SampleMeasuresTests
{
    private static readonly Lazy<IReadOnlyList<Maalresultat>> Beregnet = new(Beregn);

    [Theory]
    [InlineData("2024-12")]
    [InlineData("2025-06")]
    public void Measures_of_the_sample_match_the_expected_file(string maaned)
    {
        var forventet = SampleCsv.Laes(SampleData.Forventet($"measures_{maaned}.csv"));
        var resultater = Beregnet.Value
            .Where(r => r.Maaned == Maaned.Parse(maaned))
            .ToDictionary(r => (r.Kommunekode, r.Maal.Kode()));

        var afvigelser = new List<string>();
        foreach (var raekke in forventet.Raekker)
        {
            var noegle = (forventet.Kommunekode(raekke), forventet.Vaerdi(raekke, "maal"));
            forventet.Vaerdi(raekke, "maaned").Should().Be(maaned);
            if (!resultater.Remove(noegle, out var r))
            {
                afvigelser.Add($"{noegle}: missing");
                continue;
            }

            var taeller = int.Parse(forventet.Vaerdi(raekke, "taeller"), CultureInfo.InvariantCulture);
            var naevner = int.Parse(forventet.Vaerdi(raekke, "naevner"), CultureInfo.InvariantCulture);
            if (r.Taeller != taeller || r.Naevner != naevner)
            {
                afvigelser.Add($"{noegle}: {r.Taeller}/{r.Naevner}, expected {taeller}/{naevner}");
            }

            var andel = forventet.Vaerdi(raekke, "andel");
            if (!SammeTal(Afrundet(r.Andel), andel, 1e-7))
            {
                afvigelser.Add($"{noegle}: andel {r.Andel}, expected '{andel}'");
            }

            if (!SammeTal(r.Graense, forventet.Vaerdi(raekke, "maal_graense"), 1e-9))
            {
                afvigelser.Add($"{noegle}: graense {r.Graense}, expected '{forventet.Vaerdi(raekke, "maal_graense")}'");
            }

            var opfyldt = r.Opfyldt switch { null => string.Empty, true => "1", false => "0" };
            if (opfyldt != forventet.Vaerdi(raekke, "opfyldt"))
            {
                afvigelser.Add($"{noegle}: opfyldt '{opfyldt}', expected '{forventet.Vaerdi(raekke, "opfyldt")}'");
            }
        }

        afvigelser.AddRange(resultater.Keys.Select(k => $"{k}: not in the expected file"));
        afvigelser.Should().BeEmpty();
        forventet.Raekker.Should().HaveCount(98 * 4);
    }

    private static IReadOnlyList<Maalresultat> Beregn()
    {
        var maaneder = new[] { Maaned.Parse("2024-12"), Maaned.Parse("2025-06") };
        var taelling = new Maaletaelling();
        foreach (var person in SampleData.Personer())
        {
            Personmaaling.Tael(person, maaneder, Regelsaetkatalog.Standard, taelling);
        }

        var forventet = SampleCsv.Laes(SampleData.Forventet("measures_2024-12.csv"));
        var kommunekoder = forventet.Raekker.Select(forventet.Kommunekode).Distinct();
        return taelling.Resultater(kommunekoder, maaneder, Regelsaetkatalog.Standard);
    }

    /// <summary>Rounded to 6 decimals as the export writes it (F6).</summary>
    private static double? Afrundet(double? vaerdi) =>
        vaerdi is { } v ? double.Parse(v.ToString("F6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    /// <summary>The written value (rounded to 6 decimals) against ours; empty means null.</summary>
    private static bool SammeTal(double? vaerdi, string skrevet, double tolerance) =>
        skrevet.Length == 0
            ? vaerdi is null
            : vaerdi is { } v && Math.Abs(v - double.Parse(skrevet, CultureInfo.InvariantCulture)) <= tolerance;
}
