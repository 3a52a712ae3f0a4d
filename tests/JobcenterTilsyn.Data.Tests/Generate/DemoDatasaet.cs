using System.Globalization;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Tests.Generate;

/// <summary>
/// A generated data set read back into the domain records, for checks across files. CPR numbers are
/// normalised to ten digits (the dash dropped), as the import treats both shapes as one person.
/// </summary>
public sealed class DemoDatasaet
{
    public required IReadOnlyList<Ydelsesperiode> Perioder { get; init; }

    public required IReadOnlyList<Indsats> Indsatser { get; init; }

    public required IReadOnlyList<Samtale> Samtaler { get; init; }

    public required IReadOnlyList<Rammevilkaar> Rammevilkaar { get; init; }

    public static DemoDatasaet Laes(string mappe, bool medSamtaler = true) => new()
    {
        Perioder = Raekker(Path.Combine(mappe, "ydelsesforloeb.csv"), f => new Ydelsesperiode(
            Person(f[0]), short.Parse(f[1], CultureInfo.InvariantCulture), Gruppe(f[2]), Dato(f[3]), f[4].Length == 0 ? null : Dato(f[4]))),
        Indsatser = Raekker(Path.Combine(mappe, "indsatser.csv"), f => new Indsats(
            Person(f[0]), short.Parse(f[1], CultureInfo.InvariantCulture), Type(f[2]), Dato(f[3]), f[4].Length == 0 ? null : Dato(f[4]))),
        Samtaler = medSamtaler
            ? Raekker(Path.Combine(mappe, "samtaler.csv"), f => new Samtale(Person(f[0]), short.Parse(f[1], CultureInfo.InvariantCulture), Dato(f[2])))
            : [],
        Rammevilkaar = Raekker(Path.Combine(mappe, "rammevilkaar.csv"), f => new Rammevilkaar(
            int.Parse(f[0], CultureInfo.InvariantCulture), short.Parse(f[1], CultureInfo.InvariantCulture), f[2], double.Parse(f[3], CultureInfo.InvariantCulture))),
    };

    /// <summary>Ten digits for a CPR number in either shape; a pseudonym unchanged.</summary>
    public static string Person(string id) => id.Length == 11 && id[6] == '-' ? id.Remove(6, 1) : id;

    public static bool ErCprForm(string id) =>
        (id.Length == 10 && id.All(char.IsAsciiDigit)) || (id.Length == 11 && id[6] == '-' && id.Remove(6, 1).All(char.IsAsciiDigit));

    private static List<T> Raekker<T>(string sti, Func<string[], T> lav)
    {
        var liste = new List<T>();
        foreach (var linje in File.ReadLines(sti).Skip(1)) liste.Add(lav(linje.Split(';')));
        return liste;
    }

    private static DateOnly Dato(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Ydelsesgruppe Gruppe(string kode) => Registerkoder.TryYdelsesgruppe(kode, out var g) ? g : throw new FormatException(kode);

    private static Indsatstype Type(string kode) => Registerkoder.TryIndsatstype(kode, out var t) ? t : throw new FormatException(kode);
}
