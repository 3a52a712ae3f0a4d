namespace JobcenterTilsyn.Data.Reference;

/// <summary>
/// The Danish labels of the framework variables (rammevilkaar.csv's <c>variabel</c>) as the benchmark page shows them,
/// from the reference table <c>Reference/rammevilkaar_navne.csv</c> shipped inside the assembly (variabel;navn). A
/// variable not in the table is shown by its code: the import accepts any name (data-contract.md), the labels do not
/// gate it.
/// </summary>
public static class Rammevilkaarsnavne
{
    private const string Ressource = "JobcenterTilsyn.Data.rammevilkaar_navne.csv";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Tabel = new(() =>
    {
        using var reader = Aabn();
        return Laes(reader);
    });

    /// <summary>Every labelled variable, code → Danish label, in the table's order.</summary>
    public static IReadOnlyDictionary<string, string> Alle => Tabel.Value;

    /// <summary>The Danish label of <paramref name="variabel"/>, or the code itself when the table has none.</summary>
    public static string Navn(string variabel) => Alle.GetValueOrDefault(variabel, variabel);

    /// <summary>Reads a table of the embedded format; a bad line is named by its number.</summary>
    public static IReadOnlyDictionary<string, string> Laes(TextReader reader)
    {
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (header != "variabel;navn")
            throw new InvalidDataException($"{Ressource}: line 1 must be 'variabel;navn', was '{header}'.");
        var tabel = new Dictionary<string, string>(StringComparer.Ordinal);
        var nr = 1;
        while (reader.ReadLine() is { } linje)
        {
            nr++;
            if (linje.Length == 0) continue;
            var felter = linje.Split(';');
            if (felter.Length != 2 || felter[0].Length == 0 || felter[1].Length == 0)
                throw new InvalidDataException($"{Ressource}: line {nr} must be 'variabel;navn' with both filled in, was '{linje}'.");
            if (!tabel.TryAdd(felter[0], felter[1]))
                throw new InvalidDataException($"{Ressource}: line {nr} repeats the variable '{felter[0]}'.");
        }
        return tabel;
    }

    private static StreamReader Aabn() =>
        new(typeof(Rammevilkaarsnavne).Assembly.GetManifestResourceStream(Ressource)
            ?? throw new InvalidOperationException($"The embedded {Ressource} is missing from the Data assembly."));
}
