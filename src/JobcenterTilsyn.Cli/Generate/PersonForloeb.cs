
namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Generates one person's benefit periods: a chain of groups from <see cref="Ydelsesmodel"/>, joined by
/// adjacent starts, overlaps, short gaps (some exactly 14 or 15 days), longer breaks and returns after
/// time off benefits; a few persons move to another kommune on the way.
/// </summary>
internal static class PersonForloeb
{
    private const int MaksPerioder = 14;
    private const double GenindtraedenSandsynlighed = 0.5;

    /// <summary>Fills <paramref name="ud"/> (sorted by start, starts strictly increasing).</summary>
    public static void Generer(SeededRandom rng, short kommune, int alder0, int t0, double udsathed, List<GenPeriode> ud)
    {
        ud.Clear();
        var udtraek = DemoPeriode.Dag(DemoPeriode.Udtraeksdag);
        var gruppe = Ydelsesmodel.Indgang(rng, alder0, udsathed);
        var t = t0;
        while (ud.Count < MaksPerioder)
        {
            var alder = alder0 + (t - t0) / 365;
            gruppe = Ydelsesmodel.TilAlder(gruppe, alder);
            var laengde = Ydelsesmodel.Laengde(rng, gruppe, t);
            var slut = laengde is { } l && t + l - 1 <= udtraek ? t + l - 1 : GenPeriode.Aaben;
            ud.Add(new GenPeriode(kommune, gruppe, t, slut));
            if (slut == GenPeriode.Aaben) break;

            var naeste = Ydelsesmodel.Naeste(rng, gruppe, alder);
            if (naeste == Ydelsesmodel.Afgang)
            {
                if (!rng.Chance(GenindtraedenSandsynlighed)) break;
                // Back on benefits after months or years off: often the same kind again.
                t = slut + 1 + Math.Min(900, 30 + (int)rng.Exponential(180));
                naeste = rng.Chance(0.5) ? gruppe : Ydelsesmodel.Indgang(rng, alder, udsathed);
            }
            else
            {
                t = Math.Max(ud[^1].Start + 1, slut + 1 + Mellemrum(rng, fortsaetter: naeste == gruppe));
            }
            if (t > udtraek) break;
            gruppe = naeste;
        }
    }

    /// <summary>
    /// Days from the day after a period's end to the next start: 0 adjacent, negative an overlap,
    /// positive a gap of that many uncovered days (14 is still bridged into one spell, 15 is not).
    /// </summary>
    public static int Mellemrum(SeededRandom rng, bool fortsaetter)
    {
        if (fortsaetter && rng.Chance(0.8)) return 0;
        var x = rng.NextDouble();
        return x switch
        {
            < 0.55 => 0,
            < 0.65 => -rng.Between(1, 20),
            < 0.79 => rng.Between(1, 13),
            < 0.83 => 14,
            < 0.87 => 15,
            _ => rng.Between(16, 180),
        };
    }

    /// <summary>
    /// A move: from a period starting in 2021 or later on, the periods belong to <paramref name="nyKommune"/>.
    /// Without such a period, the last period is split in two adjacent ones at a moving day inside 2022–2025.
    /// </summary>
    public static bool Flyt(SeededRandom rng, List<GenPeriode> perioder, short nyKommune)
    {
        var udtraek = DemoPeriode.Dag(DemoPeriode.Udtraeksdag);
        var foersteMulige = perioder.FindIndex(1, p => p.Start >= DemoPeriode.Dag(DemoPeriode.HistorikStart));
        if (foersteMulige > 0)
        {
            var fra = rng.Between(foersteMulige, perioder.Count - 1);
            for (var i = fra; i < perioder.Count; i++) perioder[i] = perioder[i] with { Kommune = nyKommune };
            return true;
        }
        var p = perioder[^1];
        var slut = p.ErAaben ? udtraek : p.Slut;
        var tidligst = Math.Max(p.Start + 30, DemoPeriode.Dag(DemoPeriode.VindueStart));
        if (slut - 29 < tidligst) return false;
        var flyttedag = rng.Between(tidligst, slut - 29);
        perioder[^1] = p with { Slut = flyttedag - 1 };
        perioder.Add(new GenPeriode(nyKommune, p.Gruppe, flyttedag, p.Slut));
        return true;
    }
}
