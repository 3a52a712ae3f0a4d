using System.Globalization;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Regler;

/// <summary>
/// A rule set (rules.md §7): every threshold, group list and date the rules depend on. A measurement
/// uses the one in force on the last day of its month (<see cref="Regelsaetkatalog"/>).
/// Equality is by value, the set of counted groups included.
/// </summary>
public sealed record Regelsaet
{
    /// <summary>The groups marked "counts in fokusmål: yes" in the data contract.</summary>
    public static readonly IReadOnlySet<Ydelsesgruppe> StandardTaelledeGrupper = new HashSet<Ydelsesgruppe>
    {
        Ydelsesgruppe.Dagpenge,
        Ydelsesgruppe.KontanthjaelpJobparat,
        Ydelsesgruppe.KontanthjaelpAktivitetsparat,
        Ydelsesgruppe.UddannelseshjaelpUddannelsesparat,
        Ydelsesgruppe.UddannelseshjaelpAktivitetsparat,
        Ydelsesgruppe.Selvforsoergelse,
    };

    /// <summary>
    /// The values LAB-2019 was shipped with (from 2019-01-01, ØVO counts as a tilbud for everybody), for tests.
    /// The computation never reads this: the migration RegelsaetSomData seeded the `regelsaet` table with its own copy,
    /// so editing it here changes no figure (docs/rules-as-implemented.md, "How to change a rule").
    /// </summary>
    public static readonly Regelsaet Lab2019 = new()
    {
        Navn = "LAB-2019",
        GyldigFra = new DateOnly(2019, 1, 1),
        OevoTaellerForAlle = true,
        UddannelseshjaelpUndtagelse = false,
    };

    /// <summary>The values OEVO-2024 was shipped with (from 2024-01-01, ØVO counts only under the uddannelseshjælp exception); see <see cref="Lab2019"/>.</summary>
    public static readonly Regelsaet Oevo2024 = new()
    {
        Navn = "OEVO-2024",
        GyldigFra = new DateOnly(2024, 1, 1),
        OevoTaellerForAlle = false,
        UddannelseshjaelpUndtagelse = true,
    };

    /// <summary>The longest name the `regelsaet` table holds.</summary>
    public const int MaksNavnelaengde = 50;

    private readonly IReadOnlySet<Ydelsesgruppe> _taelledeGrupper = StandardTaelledeGrupper;
    private readonly int _gruppemaske = Maske(StandardTaelledeGrupper);

    public required string Navn { get; init; }

    /// <summary>The first day the rule set is in force.</summary>
    public required DateOnly GyldigFra { get; init; }

    /// <summary>Threshold of focus goal A (share with a tilbud within 12 months).</summary>
    public double GraenseA { get; init; } = 0.70;

    /// <summary>Threshold of focus goal B (share with a tilbud within the first 6 months).</summary>
    public double GraenseB { get; init; } = 0.80;

    /// <summary>Optional threshold of indicator C; null = no threshold.</summary>
    public double? GraenseC { get; init; }

    /// <summary>Optional threshold of indicator D; null = no threshold.</summary>
    public double? GraenseD { get; init; }

    /// <summary>The benefit groups whose periods make up spells (rules.md §1).</summary>
    public IReadOnlySet<Ydelsesgruppe> TaelledeGrupper
    {
        get => _taelledeGrupper;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _taelledeGrupper = new HashSet<Ydelsesgruppe>(value);
            _gruppemaske = Maske(value);
        }
    }

    /// <summary>The longest gap, in days, that still joins two periods into one spell (14).</summary>
    public int BroDage { get; init; } = 14;

    /// <summary>ØVO counts as a qualifying tilbud for everybody.</summary>
    public bool OevoTaellerForAlle { get; init; }

    /// <summary>ØVO counts for a person on uddannelseshjælp on the first day of the measured overlap.</summary>
    public bool UddannelseshjaelpUndtagelse { get; init; }

    /// <summary>Share of municipalities with the worst residual that meet the result criterion (0.20).</summary>
    public double ResultatAndel { get; init; } = 0.20;

    /// <summary>Whether periods of this group count in fokusmål under this rule set.</summary>
    public bool Taeller(Ydelsesgruppe gruppe) => (_gruppemaske & Bit(gruppe)) != 0;

    /// <summary>
    /// Whether two rule sets build the same spells (same counted groups, same bridged gap), so spells
    /// built under one can be reused under the other.
    /// </summary>
    public bool SammeForloebsregler(Regelsaet andet) =>
        ReferenceEquals(this, andet) || (_gruppemaske == andet._gruppemaske && BroDage == andet.BroDage);

    /// <summary>What is wrong with this rule set (Danish, for administrators); empty when it is usable.</summary>
    public IReadOnlyList<string> Valideringsfejl()
    {
        var fejl = new List<string>();
        if (string.IsNullOrWhiteSpace(Navn))
        {
            fejl.Add("Regelsættet skal have et navn.");
        }
        else if (Navn.Trim().Length > MaksNavnelaengde)
        {
            fejl.Add($"Navnet må højst være {MaksNavnelaengde} tegn langt.");
        }

        TjekAndel(fejl, "Grænsen for A", GraenseA);
        TjekAndel(fejl, "Grænsen for B", GraenseB);
        if (GraenseC is { } c)
        {
            TjekAndel(fejl, "Grænsen for C", c);
        }

        if (GraenseD is { } d)
        {
            TjekAndel(fejl, "Grænsen for D", d);
        }

        if (ResultatAndel is not (> 0 and <= 1))
        {
            fejl.Add($"Resultatandelen skal ligge over 0 % og højst være 100 %, ikke {Procent(ResultatAndel)}.");
        }

        if (BroDage < 0)
        {
            fejl.Add($"Mellemrummet i dage kan ikke være negativt ({BroDage}).");
        }

        if (_taelledeGrupper.Count == 0)
        {
            fejl.Add("Mindst én ydelsesgruppe skal tælle med i fokusmålene.");
        }

        return fejl;
    }

    public bool Equals(Regelsaet? other) =>
        other is not null
        && Navn == other.Navn
        && GyldigFra == other.GyldigFra
        && GraenseA.Equals(other.GraenseA)
        && GraenseB.Equals(other.GraenseB)
        && Nullable.Equals(GraenseC, other.GraenseC)
        && Nullable.Equals(GraenseD, other.GraenseD)
        && _gruppemaske == other._gruppemaske
        && BroDage == other.BroDage
        && OevoTaellerForAlle == other.OevoTaellerForAlle
        && UddannelseshjaelpUndtagelse == other.UddannelseshjaelpUndtagelse
        && ResultatAndel.Equals(other.ResultatAndel);

    // Every property takes part in Equals (RegelsaetTests checks it by reflection); the hash uses a subset, which is enough.
    public override int GetHashCode() => HashCode.Combine(Navn, GyldigFra, GraenseA, GraenseB, _gruppemaske, BroDage);

    private static void TjekAndel(List<string> fejl, string hvad, double vaerdi)
    {
        if (vaerdi is not (> 0 and <= 1))
        {
            fejl.Add($"{hvad} skal ligge over 0 % og højst være 100 %, ikke {Procent(vaerdi)}.");
        }
    }

    // Shares are entered and shown as percentages; the file and the table hold them as fractions (0.75).
    private static string Procent(double andel) => (andel * 100).ToString("0.##", CultureInfo.GetCultureInfo("da-DK")) + " %";

    // Group codes are 1–13, so one bit each in an int.
    private static int Bit(Ydelsesgruppe gruppe) => 1 << ((int)gruppe & 31);

    private static int Maske(IEnumerable<Ydelsesgruppe> grupper)
    {
        var maske = 0;
        foreach (var gruppe in grupper)
        {
            maske |= Bit(gruppe);
        }

        return maske;
    }
}
