using JobcenterTilsyn.Domain.Registre;
using G = JobcenterTilsyn.Domain.Registre.Ydelsesgruppe;
using T = JobcenterTilsyn.Domain.Registre.Indsatstype;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Offers (indsatser) and conversations (samtaler) for one person's periods. During counted spells the
/// responsible kommune's effort level decides how soon and how surely offers come, its ØVO habit how
/// many of them are ØVO, and its diligence how often conversations are held (docs/demo-data.md).
/// </summary>
internal sealed class IndsatsGenerator(DemoKommuneprofil?[] profilAfKode, short[][] regionAfKode)
{
    private const int Bro = 15; // rules.md §1: a start ≤ spell end + 15 days joins the spell

    // Weights of virksomhedspraktik, nytteindsats, løntilskud, ordinær uddannelse, ØVO per counted group.
    private static readonly T[] TilbudsTyper = [T.Virksomhedspraktik, T.Nytteindsats, T.Loentilskud, T.OrdinaerUddannelse, T.Oevo];
    private static readonly Dictionary<G, double[]> TypeVaegte = new()
    {
        [G.Dagpenge] = [35, 5, 25, 15, 20],
        [G.KontanthjaelpJobparat] = [35, 25, 12, 8, 20],
        [G.KontanthjaelpAktivitetsparat] = [40, 12, 6, 4, 38],
        [G.UddannelseshjaelpUddannelsesparat] = [25, 8, 4, 33, 30],
        [G.UddannelseshjaelpAktivitetsparat] = [30, 8, 2, 20, 40],
        [G.Selvforsoergelse] = [40, 8, 12, 10, 30],
    };

    private readonly List<int> _talte = [];
    private readonly int _udtraek = DemoPeriode.Dag(DemoPeriode.Udtraeksdag);
    private readonly int _historikStart = DemoPeriode.Dag(DemoPeriode.HistorikStart);

    /// <summary>Groups that count in fokusmål (data-contract.md).</summary>
    public static bool ErTalt(G g) => g is G.Dagpenge or G.KontanthjaelpJobparat or G.KontanthjaelpAktivitetsparat
        or G.UddannelseshjaelpUddannelsesparat or G.UddannelseshjaelpAktivitetsparat or G.Selvforsoergelse;

    public void Generer(SeededRandom rng, PersonIdent id, List<GenPeriode> perioder, bool kunOevo, DemoCsvSkriver ud)
    {
        _talte.Clear();
        for (var i = 0; i < perioder.Count; i++)
        {
            if (ErTalt(perioder[i].Gruppe)) _talte.Add(i);
        }
        var k = 0;
        while (k < _talte.Count)
        {
            var start = perioder[_talte[k]].Start;
            var slut = perioder[_talte[k]].Slut;
            var j = k + 1;
            while (j < _talte.Count && (slut == GenPeriode.Aaben || perioder[_talte[j]].Start <= slut + Bro))
            {
                slut = Math.Max(slut, perioder[_talte[j]].Slut);
                j++;
            }
            Forloeb(rng, id, perioder, k, j, start, slut, kunOevo, ud);
            k = j;
        }
        foreach (var p in perioder)
        {
            if (!ErTalt(p.Gruppe)) UdenForFokus(rng, id, p, ud);
        }
    }

    /// <summary>One counted spell: the counted periods _talte[fra..til), from <paramref name="s"/> to <paramref name="slut"/>.</summary>
    private void Forloeb(SeededRandom rng, PersonIdent id, List<GenPeriode> perioder, int fra, int til, int s, int slut, bool kunOevo, DemoCsvSkriver ud)
    {
        var e = Math.Min(slut, _udtraek);
        GenPeriode Ansvarlig(int dag)
        {
            var r = fra;
            while (r + 1 < til && perioder[_talte[r + 1]].Start <= dag) r++;
            return perioder[_talte[r]];
        }

        // Offers: a low effort level means a later first offer, longer pauses, more spells with none.
        var niveau = Profil(perioder[_talte[fra]].Kommune).IndsatsI(DemoPeriode.AarFor(s));
        if (!rng.Chance(0.6 * (1 - niveau)))
        {
            var t = s + (int)rng.Exponential(10 + 420 * PortableMath.Pow(1 - niveau, 1.5));
            while (t <= e)
            {
                var p = Ansvarlig(t);
                var profil = Profil(p.Kommune);
                var aar = DemoPeriode.AarFor(t);
                var type = kunOevo ? T.Oevo : VaelgType(rng, p.Gruppe, profil.OevoI(aar));
                var tilbudSlut = t + Varighed(rng, type, p.Gruppe) - 1;
                if (slut != GenPeriode.Aaben) tilbudSlut = Math.Min(tilbudSlut, slut);
                Skriv(rng, id, ud, p.Kommune, type, t, tilbudSlut);
                t = tilbudSlut + 1 + (int)rng.Exponential(30 + 400 * (1 - profil.IndsatsI(aar)));
            }
        }
        else if (rng.Chance(0.3))
        {
            var t = s + rng.Between(0, Math.Min(e - s, 180));
            var tilbudSlut = t + Varighed(rng, T.Oevo, perioder[_talte[fra]].Gruppe) - 1;
            Skriv(rng, id, ud, Ansvarlig(t).Kommune, T.Oevo, t, slut == GenPeriode.Aaben ? tilbudSlut : Math.Min(tilbudSlut, slut));
        }

        // Mentor support for some aktivitetsparate.
        for (var r = fra; r < til; r++)
        {
            var p = perioder[_talte[r]];
            if (!p.Gruppe.ErAktivitetsparat() || !rng.Chance(0.25)) continue;
            var t = p.Start + rng.Between(0, 90);
            if (t <= e) Skriv(rng, id, ud, p.Kommune, T.Mentor, t, t + rng.Between(90, 365) - 1);
        }

        // Conversations every one to three months, rarer where the kommune is less diligent.
        var dato = s + rng.Between(3, 35);
        while (dato <= e)
        {
            var p = Ansvarlig(dato);
            var flid = Profil(p.Kommune).Samtaleflid;
            if (!rng.Chance(0.12 * (1 - flid)) && dato >= _historikStart) ud.Samtale(id.Naeste(), p.Kommune, dato);
            dato += (int)Math.Round((30 + 65 * (1 - flid)) * (0.7 + 0.6 * rng.NextDouble()), MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>Groups outside fokusmål: sick-leave follow-up, clarification and rehabilitation efforts.</summary>
    private void UdenForFokus(SeededRandom rng, PersonIdent id, GenPeriode p, DemoCsvSkriver ud)
    {
        var e = Math.Min(p.Slut, _udtraek);
        void Maaske(double sandsynlighed, T type, int minDage, int maksDage)
        {
            if (!rng.Chance(sandsynlighed)) return;
            var t = p.Start + rng.Between(0, Math.Min(e - p.Start, 120));
            Skriv(rng, id, ud, p.Kommune, type, t, t + rng.Between(minDage, maksDage) - 1);
        }

        switch (p.Gruppe)
        {
            case G.Sygedagpenge:
                Maaske(0.10, T.Virksomhedspraktik, 14, 91);
                break;
            case G.Jobafklaring:
                Maaske(0.30, T.Virksomhedspraktik, 28, 91);
                Maaske(0.25, T.Mentor, 90, 365);
                Maaske(0.10, T.Oevo, 14, 120);
                break;
            case G.Ressourceforloeb:
                Maaske(0.40, T.Mentor, 90, 540);
                Maaske(0.35, T.Virksomhedspraktik, 28, 182);
                Maaske(0.15, T.Oevo, 14, 120);
                break;
            case G.Revalidering:
                Maaske(0.70, T.OrdinaerUddannelse, 180, 730);
                break;
            case G.Ledighedsydelse:
                Maaske(0.20, T.Virksomhedspraktik, 14, 91);
                break;
        }

        if (p.Gruppe is G.Sygedagpenge or G.Jobafklaring or G.Ressourceforloeb or G.Ledighedsydelse or G.Revalidering)
        {
            for (var dato = p.Start + rng.Between(7, 56); dato <= e; dato += rng.Between(50, 110))
            {
                if (dato >= _historikStart) ud.Samtale(id.Naeste(), p.Kommune, dato);
            }
        }
    }

    private static T VaelgType(SeededRandom rng, G gruppe, double oevoFaktor)
    {
        Span<double> w = stackalloc double[TilbudsTyper.Length];
        TypeVaegte[gruppe].CopyTo(w);
        w[^1] *= oevoFaktor;
        return TilbudsTyper[rng.Pick(w)];
    }

    private static int Varighed(SeededRandom rng, T type, G gruppe) => type switch
    {
        T.Virksomhedspraktik => rng.Chance(0.5) ? rng.Next(3) switch { 0 => 28, 1 => 56, _ => 91 } : rng.Between(14, 91),
        T.Nytteindsats => rng.Between(14, 91),
        T.Loentilskud => Math.Clamp((int)rng.LogNormal(150, 0.5), 30, 365),
        T.OrdinaerUddannelse => gruppe switch
        {
            G.Dagpenge => rng.Between(5, 42), // six weeks of job-oriented education
            G.UddannelseshjaelpUddannelsesparat or G.UddannelseshjaelpAktivitetsparat => rng.Between(60, 300),
            _ => rng.Between(20, 180),
        },
        T.Oevo => Math.Clamp((int)rng.LogNormal(30, 0.9), 1, 180),
        _ => rng.Between(90, 365),
    };

    /// <summary>Mostly given by the responsible kommune; a few by a neighbour in the same region.</summary>
    private void Skriv(SeededRandom rng, PersonIdent id, DemoCsvSkriver ud, short kommune, T type, int start, int slut)
    {
        if (slut < _historikStart) return;
        var giver = kommune;
        if (rng.Chance(0.03))
        {
            var region = regionAfKode[kommune];
            giver = region[rng.Next(region.Length)];
        }
        ud.Indsats(id.Naeste(), giver, type, start, slut > _udtraek ? GenPeriode.Aaben : slut);
    }

    private DemoKommuneprofil Profil(short kode) => profilAfKode[kode]
        ?? throw new InvalidOperationException($"No profile for kommune {kode}.");
}
