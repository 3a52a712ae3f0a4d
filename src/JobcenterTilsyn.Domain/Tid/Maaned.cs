using System.Globalization;

namespace JobcenterTilsyn.Domain.Tid;

/// <summary>
/// A calendar month <c>YYYY-MM</c> (rules.md: month M, first(M), last(M)). Stored as one month
/// number, so comparing and moving months is integer arithmetic.
/// </summary>
public readonly record struct Maaned : IComparable<Maaned>
{
    private readonly int _index; // Aar * 12 + (Nr - 1)

    public Maaned(int aar, int nr)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(aar, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(aar, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(nr, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nr, 12);
        _index = (aar * 12) + (nr - 1);
    }

    public int Aar => _index / 12;

    /// <summary>Month number 1–12.</summary>
    public int Nr => (_index % 12) + 1;

    /// <summary>first(M).</summary>
    public DateOnly Foerste => new(Aar, Nr, 1);

    /// <summary>last(M).</summary>
    public DateOnly Sidste => new(Aar, Nr, DateTime.DaysInMonth(Aar, Nr));

    public static Maaned Af(DateOnly dag) => new(dag.Year, dag.Month);

    /// <summary>The month n months later (earlier when n is negative).</summary>
    public Maaned AddMonths(int n)
    {
        var index = (long)_index + n;
        if (index < 12 || index >= 10000 * 12)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"{this} moved {n} months leaves the years 1-9999.");
        }

        return new Maaned((int)(index / 12), (int)(index % 12) + 1);
    }

    public bool Indeholder(DateOnly dag) => dag.Year == Aar && dag.Month == Nr;

    /// <summary>Every month from <paramref name="fra"/> to <paramref name="til"/>, both included.</summary>
    public static IReadOnlyList<Maaned> Raekke(Maaned fra, Maaned til)
    {
        if (til < fra)
        {
            throw new ArgumentException($"The month range ends ({til}) before it starts ({fra}).", nameof(til));
        }

        var maaneder = new Maaned[til._index - fra._index + 1];
        for (var i = 0; i < maaneder.Length; i++)
        {
            maaneder[i] = fra.AddMonths(i);
        }

        return maaneder;
    }

    /// <summary>Parses exactly <c>YYYY-MM</c>, e.g. <c>2025-06</c>.</summary>
    /// <exception cref="FormatException">With a message naming the value and the expected form.</exception>
    public static Maaned Parse(string tekst) =>
        TryParse(tekst, out var maaned)
            ? maaned
            : throw new FormatException($"'{tekst}' is not a month: expected YYYY-MM, e.g. 2025-06.");

    public static bool TryParse(string? tekst, out Maaned maaned)
    {
        maaned = default;
        if (tekst is not { Length: 7 } || tekst[4] != '-')
        {
            return false;
        }

        for (var i = 0; i < 7; i++)
        {
            if (i != 4 && !char.IsAsciiDigit(tekst[i]))
            {
                return false;
            }
        }

        var aar = int.Parse(tekst.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var nr = int.Parse(tekst.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (aar < 1 || nr is < 1 or > 12)
        {
            return false;
        }

        maaned = new Maaned(aar, nr);
        return true;
    }

    public int CompareTo(Maaned other) => _index.CompareTo(other._index);

    public static bool operator <(Maaned a, Maaned b) => a._index < b._index;

    public static bool operator >(Maaned a, Maaned b) => a._index > b._index;

    public static bool operator <=(Maaned a, Maaned b) => a._index <= b._index;

    public static bool operator >=(Maaned a, Maaned b) => a._index >= b._index;

    public override string ToString() =>
        Aar.ToString("D4", CultureInfo.InvariantCulture) + "-" + Nr.ToString("D2", CultureInfo.InvariantCulture);
}
