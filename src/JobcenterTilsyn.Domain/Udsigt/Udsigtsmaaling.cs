using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>
/// One person's contributions to the outlook of every status month (rules.md §11), called in the same streaming
/// pass as <see cref="Maaling.Personmaaling.Tael"/>: for each status month M0 the person's data is cut to what was
/// known on T = last(M0), and the three coming months are counted under their own rule sets.
/// </summary>
public static class Udsigtsmaaling
{
    // Reused per thread: the pass over 700,000 persons should not allocate these lists anew for every status month.
    [ThreadStatic]
    private static Buffere? _buffere;

    /// <exception cref="InvalidOperationException">A coming month has no rule set in force; nothing is counted.</exception>
    public static void Tael(PersonData person, IReadOnlyList<Maaned> statusmaaneder, Regelsaetkatalog katalog, Udsigtstaelling taelling)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(statusmaaneder);
        ArgumentNullException.ThrowIfNull(katalog);
        ArgumentNullException.ThrowIfNull(taelling);
        // Every rule set first: a month without one must not leave this person half counted.
        for (var j = 0; j < statusmaaneder.Count; j++)
        {
            for (var k = 1; k <= Udsigtstaelling.AntalMaaneder; k++) katalog.IKraftFor(statusmaaneder[j].AddMonths(k));
        }

        var b = _buffere ??= new Buffere();
        try
        {
            for (var j = 0; j < statusmaaneder.Count; j++)
            {
                var status = statusmaaneder[j];
                var t = status.Sidste;
                // Nobody without a period running past T has an open spell on T: skip them before copying anything.
                if (!KendtPaaStatusdag.HarAabenPeriode(person.Perioder, t)) continue;

                KendtPaaStatusdag.Perioder(person.Perioder, t, b.Perioder);
                KendtPaaStatusdag.Indsatser(person.Indsatser, t, b.Indsatser);
                var kendt = new PersonData(person.PersonId, b.Perioder, b.Indsatser, []);
                var celler = taelling.Celler(status);
                Regelsaet? bygget = null;
                for (var k = 1; k <= Udsigtstaelling.AntalMaaneder; k++)
                {
                    var maaned = status.AddMonths(k);
                    var regelsaet = katalog.IKraftFor(maaned);
                    if (bygget is null || !bygget.SammeForloebsregler(regelsaet))
                    {
                        b.Grundlag.Genbyg(kendt, regelsaet);
                        bygget = regelsaet;
                    }

                    if (UdsigtA.Beregn(b.Grundlag, maaned, t, regelsaet) is { } a)
                        Udsigtstaelling.Tilfoej(celler, k, a.Kommunekode, Maal.ATilbud12m, a.ITaeller);
                    if (UdsigtB.Beregn(b.Grundlag, maaned, t, regelsaet) is { } bb)
                        Udsigtstaelling.Tilfoej(celler, k, bb.Kommunekode, Maal.BTidligIndsats, bb.ITaeller);
                }
            }
        }
        finally
        {
            b.Grundlag.Slip();
            b.Perioder.Clear();
            b.Indsatser.Clear();
        }
    }

    private sealed class Buffere
    {
        public List<Ydelsesperiode> Perioder { get; } = [];

        public List<Indsats> Indsatser { get; } = [];

        public Persongrundlag Grundlag { get; } = Persongrundlag.Tom();
    }
}
