using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Sample;

/// <summary>The small sample data set (Fixtures/Sample), grouped per person as the streaming pass delivers it.</summary>
internal static class SampleData
{
    /// <summary>An input file of the sample.</summary>
    public static string Sti(string fil) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sample", fil);

    /// <summary>An independently computed expected output of the sample (Fixtures/Sample/expected).</summary>
    public static string Forventet(string fil) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sample", "expected", fil);

    public static IReadOnlyList<PersonData> Personer()
    {
        var perioder = new Dictionary<string, List<Ydelsesperiode>>(StringComparer.Ordinal);
        var indsatser = new Dictionary<string, List<Indsats>>(StringComparer.Ordinal);
        var samtaler = new Dictionary<string, List<Samtale>>(StringComparer.Ordinal);

        var csv = SampleCsv.Laes(Sti("ydelsesforloeb.csv"));
        foreach (var r in csv.Raekker)
        {
            Registerkoder.TryYdelsesgruppe(csv.Vaerdi(r, "ydelsesgruppe"), out var gruppe).Should().BeTrue();
            var id = csv.PersonId(r);
            Liste(perioder, id).Add(new Ydelsesperiode(id, csv.Kommunekode(r), gruppe, csv.Dato(r, "startdato"), csv.Slutdato(r, "slutdato")));
        }

        csv = SampleCsv.Laes(Sti("indsatser.csv"));
        foreach (var r in csv.Raekker)
        {
            Registerkoder.TryIndsatstype(csv.Vaerdi(r, "indsatstype"), out var type).Should().BeTrue();
            var id = csv.PersonId(r);
            Liste(indsatser, id).Add(new Indsats(id, csv.Kommunekode(r), type, csv.Dato(r, "startdato"), csv.Slutdato(r, "slutdato")));
        }

        csv = SampleCsv.Laes(Sti("samtaler.csv"));
        foreach (var r in csv.Raekker)
        {
            var id = csv.PersonId(r);
            Liste(samtaler, id).Add(new Samtale(id, csv.Kommunekode(r), csv.Dato(r, "dato")));
        }

        var ider = new SortedSet<string>(perioder.Keys, StringComparer.Ordinal);
        ider.UnionWith(indsatser.Keys);
        ider.UnionWith(samtaler.Keys);
        var personer = new List<PersonData>();
        foreach (var id in ider)
        {
            personer.Add(new PersonData(id,
                perioder.GetValueOrDefault(id) ?? [],
                indsatser.GetValueOrDefault(id) ?? [],
                samtaler.GetValueOrDefault(id) ?? []));
        }

        return personer;
    }

    private static List<T> Liste<T>(Dictionary<string, List<T>> efterPerson, string id)
    {
        if (!efterPerson.TryGetValue(id, out var liste))
        {
            liste = [];
            efterPerson.Add(id, liste);
        }

        return liste;
    }
}
