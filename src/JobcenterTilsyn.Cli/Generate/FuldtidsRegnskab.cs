using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Counts, per kommune and year, the days persons spend on benefits of the result benchmark (area
/// `alle`), the way rules.md §5 counts them: each covered day once, for the responsible kommune that
/// day (the period with the latest start; ties to the later end, then the smaller code). Small sets
/// derive befolkning_16_66 from it, and the summary reports the share it gives.
/// </summary>
internal sealed class FuldtidsRegnskab(int antalKommuner)
{
    private readonly long[,] _dage = new long[antalKommuner, DemoPeriode.AntalAar];
    private readonly List<GenPeriode> _omraade = [];

    public void Tilfoej(List<GenPeriode> perioder, Func<short, int> indeks)
    {
        _omraade.Clear();
        foreach (var p in perioder)
        {
            if (p.Gruppe.BenchmarkOmraade() is not null) _omraade.Add(p);
        }
        if (_omraade.Count == 0) return;
        _omraade.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Slut != b.Slut ? a.Slut.CompareTo(b.Slut) : b.Kommune.CompareTo(a.Kommune));

        var udtraek = DemoPeriode.Dag(DemoPeriode.Udtraeksdag);
        var maksSlut = int.MinValue;
        for (var i = 0; i < _omraade.Count; i++)
        {
            var p = _omraade[i];
            maksSlut = Math.Max(maksSlut, p.Slut);
            // Sorted so the last period of equal starts is the responsible one; it decides until the next start.
            if (i + 1 < _omraade.Count && _omraade[i + 1].Start == p.Start) continue;
            var naesteStart = i + 1 < _omraade.Count ? _omraade[i + 1].Start : int.MaxValue;
            var slut = Math.Min(Math.Min(naesteStart - 1, maksSlut), udtraek);
            if (slut >= p.Start) TilfoejDage(indeks(p.Kommune), p.Start, slut);
        }
    }

    /// <summary>Full-time persons (days ÷ days in the year) of one kommune and year index.</summary>
    public double Fuldtidspersoner(int kommune, int aarIndeks)
    {
        var aar = DemoPeriode.FoersteAar + aarIndeks;
        return _dage[kommune, aarIndeks] / (double)(DateTime.IsLeapYear(aar) ? 366 : 365);
    }

    private void TilfoejDage(int kommune, int fra, int til)
    {
        for (var a = 0; a < DemoPeriode.AntalAar; a++)
        {
            var aar = DemoPeriode.FoersteAar + a;
            var start = Math.Max(fra, new DateOnly(aar, 1, 1).DayNumber);
            var slut = Math.Min(til, new DateOnly(aar, 12, 31).DayNumber);
            if (slut >= start) _dage[kommune, a] += slut - start + 1;
        }
    }
}
