using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.Scenarier;

/// <summary>
/// A scenario's outcome for one year (issue 16): each municipality's annual A and B and designation under today's
/// stored rule sets next to the scenario's. Held in memory only; never stored with the published results.
/// </summary>
public sealed record Scenarieresultat(
    int Aar, Regelsaet Scenarie, Regelsaet IdagRegelsaet, IReadOnlyList<Scenariekommune> Kommuner, long Personer, TimeSpan Varighed)
{
    /// <summary>The municipalities whose category differs between today's rules and the scenario.</summary>
    public IReadOnlyList<Scenariekommune> Aendrede => [.. Kommuner.Where(k => k.KategoriAendret)];

    public Landstal IdagLandstal => Landstal.Af(Kommuner.Select(k => k.Idag));

    public Landstal ScenarieLandstal => Landstal.Af(Kommuner.Select(k => k.Scenarie));
}

/// <summary>One municipality's A, B and designation under one set of rules.</summary>
public sealed record Scenarieudfald(Maaltal A, Maaltal B, Udpegningskategori Kategori);

public sealed record Scenariekommune(short Kommunekode, string Navn, Scenarieudfald Idag, Scenarieudfald Scenarie)
{
    public bool KategoriAendret => Idag.Kategori != Scenarie.Kategori;
}

/// <summary>National totals: A and B pooled over every municipality, and the number in each category.</summary>
public sealed record Landstal(Maaltal A, Maaltal B, IReadOnlyDictionary<Udpegningskategori, int> Kategorier)
{
    public static Landstal Af(IEnumerable<Scenarieudfald> udfald)
    {
        var liste = udfald.ToList();
        return new Landstal(
            Maaltal.Pulj(liste.Select(u => u.A), liste.FirstOrDefault()?.A.Graense),
            Maaltal.Pulj(liste.Select(u => u.B), liste.FirstOrDefault()?.B.Graense),
            Enum.GetValues<Udpegningskategori>().ToDictionary(k => k, k => liste.Count(u => u.Kategori == k)));
    }
}
