using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Reference;

/// <summary>The 98 municipalities, shipped inside the assembly (copied from shared/data/kommuner.csv).</summary>
public static class KommuneReferencedata
{
    private static readonly Lazy<IReadOnlyList<Kommune>> Alle = new(Indlaes);

    public static IReadOnlyList<Kommune> Kommuner => Alle.Value;

    private static IReadOnlyList<Kommune> Indlaes()
    {
        using var stream = typeof(KommuneReferencedata).Assembly.GetManifestResourceStream("JobcenterTilsyn.Data.kommuner.csv")
            ?? throw new InvalidOperationException("The embedded kommuner.csv is missing from the Data assembly.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Split(';')
            ?? throw new InvalidOperationException("The embedded kommuner.csv is empty.");
        int Kolonne(string navn) => Array.IndexOf(header, navn) is var i and >= 0
            ? i : throw new InvalidOperationException($"The embedded kommuner.csv has no column '{navn}'.");
        int kode = Kolonne("kommunekode"), navnKol = Kolonne("navn"), region = Kolonne("region"), indbyggere = Kolonne("indbyggere_ca");
        var kommuner = new List<Kommune>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(';');
            kommuner.Add(new Kommune(short.Parse(f[kode]), f[navnKol], f[region], int.Parse(f[indbyggere])));
        }
        return kommuner;
    }
}
