using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>
/// One person's data prepared once for the measures of every month: the counted periods by start,
/// the spells they form, and the aktivitetsparat periods indicator C looks at. Spells depend only on
/// the rule set's counted groups and bridged gap, so one build serves all months whose rule sets
/// agree on those (<see cref="Regelsaet.SammeForloebsregler"/>).
/// </summary>
public sealed class Persongrundlag
{
    private static readonly PersonData Ingen = new(string.Empty, [], [], []);

    private readonly List<Ydelsesperiode> _taelledePerioder = [];
    private readonly List<Forloeb> _forloeb = [];
    private readonly List<Ydelsesperiode> _aktivitetsparatPerioder = [];

    private Persongrundlag()
    {
        Person = Ingen;
        Regelsaet = Regelsaet.Lab2019;
    }

    public PersonData Person { get; private set; }

    /// <summary>The rule set whose spell rules the spells were built under.</summary>
    public Regelsaet Regelsaet { get; private set; }

    /// <summary>The periods whose group counts in fokusmål, sorted by start.</summary>
    public IReadOnlyList<Ydelsesperiode> TaelledePerioder => _taelledePerioder;

    /// <summary>The person's spells (rules.md §1), by start.</summary>
    public IReadOnlyList<Forloeb> Forloeb => _forloeb;

    /// <summary>The periods of kontanthjaelp_aktivitetsparat or uddannelseshjaelp_aktivitetsparat (rules.md §4 C).</summary>
    public IReadOnlyList<Ydelsesperiode> AktivitetsparatPerioder => _aktivitetsparatPerioder;

    public static Persongrundlag Byg(PersonData person, Regelsaet regelsaet)
    {
        var grundlag = new Persongrundlag();
        grundlag.Genbyg(person, regelsaet);
        return grundlag;
    }

    /// <summary>A reusable instance for a streaming pass (its lists are refilled, not reallocated).</summary>
    internal static Persongrundlag Tom() => new();

    internal void Genbyg(PersonData person, Regelsaet regelsaet)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(regelsaet);
        Person = person;
        Regelsaet = regelsaet;
        Perioder.Forloeb.VaelgTaellede(person.Perioder, regelsaet, _taelledePerioder);
        Perioder.Forloeb.Flet(_taelledePerioder, regelsaet.BroDage, _forloeb);
        _aktivitetsparatPerioder.Clear();
        var perioder = person.Perioder;
        for (var i = 0; i < perioder.Count; i++)
        {
            if (perioder[i].Gruppe.ErAktivitetsparat())
            {
                _aktivitetsparatPerioder.Add(perioder[i]);
            }
        }
    }

    /// <summary>Drops the references to the person's rows so a pooled instance does not keep them alive.</summary>
    internal void Slip()
    {
        Person = Ingen;
        _taelledePerioder.Clear();
        _forloeb.Clear();
        _aktivitetsparatPerioder.Clear();
    }

    /// <summary>The spell covering all of [fra, til], if any (spells never overlap, so at most one does).</summary>
    public Forloeb? ForloebDerDaekker(DateOnly fra, DateOnly til)
    {
        for (var i = 0; i < _forloeb.Count; i++)
        {
            if (_forloeb[i].DaekkerHele(fra, til))
            {
                return _forloeb[i];
            }
        }

        return null;
    }

    /// <summary>Guards against measuring a month with spells built under different spell rules.</summary>
    internal void KraevSammeForloebsregler(Regelsaet regelsaet)
    {
        if (!Regelsaet.SammeForloebsregler(regelsaet))
        {
            throw new ArgumentException(
                $"The spells were built under rule set '{Regelsaet.Navn}', whose counted groups or bridged gap differ from '{regelsaet.Navn}'.",
                nameof(regelsaet));
        }
    }
}
