using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>
/// Data as known on the status day T (rules.md §11): only rows with startdato ≤ T, and a slutdato after T read as
/// open, so the outlook of an old status month is what a manager could have seen then.
/// </summary>
public static class KendtPaaStatusdag
{
    /// <summary>The person's periods and offers as known on <paramref name="statusdag"/> (conversations play no part in §11).</summary>
    public static PersonData Person(PersonData person, DateOnly statusdag)
    {
        ArgumentNullException.ThrowIfNull(person);
        var perioder = new List<Ydelsesperiode>(person.Perioder.Count);
        var indsatser = new List<Indsats>(person.Indsatser.Count);
        Perioder(person.Perioder, statusdag, perioder);
        Indsatser(person.Indsatser, statusdag, indsatser);
        return new PersonData(person.PersonId, perioder, indsatser, []);
    }

    /// <summary>Fills <paramref name="kendte"/> with the periods known on <paramref name="statusdag"/>.</summary>
    public static void Perioder(IReadOnlyList<Ydelsesperiode> perioder, DateOnly statusdag, List<Ydelsesperiode> kendte)
    {
        kendte.Clear();
        for (var i = 0; i < perioder.Count; i++)
        {
            var p = perioder[i];
            if (p.Start > statusdag) continue;
            kendte.Add(p.Slut is { } slut && slut > statusdag ? p with { Slut = null } : p);
        }
    }

    /// <summary>Fills <paramref name="kendte"/> with the offers known on <paramref name="statusdag"/>.</summary>
    public static void Indsatser(IReadOnlyList<Indsats> indsatser, DateOnly statusdag, List<Indsats> kendte)
    {
        kendte.Clear();
        for (var i = 0; i < indsatser.Count; i++)
        {
            var x = indsatser[i];
            if (x.Start > statusdag) continue;
            kendte.Add(x.Slut is { } slut && slut > statusdag ? x with { Slut = null } : x);
        }
    }

    /// <summary>
    /// Whether any period runs past <paramref name="statusdag"/> having started by then: without one the person has no
    /// open spell in the data as known on T, so the outlook can skip them without building anything.
    /// </summary>
    public static bool HarAabenPeriode(IReadOnlyList<Ydelsesperiode> perioder, DateOnly statusdag)
    {
        for (var i = 0; i < perioder.Count; i++)
        {
            var p = perioder[i];
            if (p.Start <= statusdag && (p.Slut is null || p.Slut.Value > statusdag)) return true;
        }
        return false;
    }
}
