using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// One stored outlook figure beside the figure later measured for the same municipality, goal and month: the
/// backtest's unit (<see cref="Efterproevning"/>).
/// </summary>
public sealed record Efterproevningsraekke(short Kommunekode, Maaned Statusmaaned, Maaned Maaned, Maal Maal, Udsigtstal Udsigt, Maaltal Maalt)
{
    public int Horisont => Efterproevning.Horisont(Statusmaaned, Maaned);
}

/// <summary>The one query pairing the stored outlook (`udsigt`) with the stored measures (`maalresultat`).</summary>
public static class EfterproevningQuery
{
    /// <summary>
    /// Every outlook figure whose month has since been computed, by status month, goal and month;
    /// <paramref name="kommunekode"/> narrows to one municipality.
    /// </summary>
    public static async Task<IReadOnlyList<Efterproevningsraekke>> HentAsync(TilsynDbContext db, short? kommunekode = null, CancellationToken ct = default)
    {
        var udsigt = db.Set<UdsigtEntity>().AsNoTracking();
        var maalt = db.Set<MaalresultatEntity>().AsNoTracking();
        if (kommunekode is { } k)
        {
            udsigt = udsigt.Where(u => u.Kommunekode == k);
            maalt = maalt.Where(m => m.Kommunekode == k);
        }
        var par = await udsigt
            .Join(maalt, u => new { u.Maaned, u.Kommunekode, u.Maal }, m => new { m.Maaned, m.Kommunekode, m.Maal },
                (u, m) => new { u.Kommunekode, u.StatusMaaned, u.Maaned, u.Maal, u.Naevner, u.HarTilbud, u.Graense, m.Taeller, MaaltNaevner = m.Naevner, MaaltGraense = m.Graense })
            .ToListAsync(ct);
        return [.. par
            .Select(p => new Efterproevningsraekke(p.Kommunekode, Maaned.Af(p.StatusMaaned), Maaned.Af(p.Maaned), (Maal)p.Maal,
                new Udsigtstal(p.Naevner, p.HarTilbud, p.Graense), new Maaltal(p.Taeller, p.MaaltNaevner, p.MaaltGraense)))
            .OrderBy(p => p.Kommunekode).ThenBy(p => p.Statusmaaned).ThenBy(p => p.Maal).ThenBy(p => p.Maaned)];
    }

    /// <summary>The backtest's error of the projected share over every municipality, per goal and horizon (1–3 months).</summary>
    public static async Task<IReadOnlyList<Efterproevningsfejl>> FejlAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var raekker = await HentAsync(db, ct: ct);
        return [.. raekker
            .GroupBy(r => (r.Maal, r.Horisont))
            .Select(g => (g.Key, Fejl: Efterproevning.Fejl(g.Select(r => (r.Udsigt, r.Maalt)))))
            .Where(g => g.Fejl is not null)
            .Select(g => new Efterproevningsfejl(g.Key.Maal, g.Key.Horisont, g.Fejl!,
                raekker.Where(r => r.Maal == g.Key.Maal && r.Horisont == g.Key.Horisont).Min(r => r.Statusmaaned),
                raekker.Where(r => r.Maal == g.Key.Maal && r.Horisont == g.Key.Horisont).Max(r => r.Statusmaaned)))
            .OrderBy(f => f.Maal).ThenBy(f => f.Horisont)];
    }
}

/// <summary>The error of one goal's projected share at one horizon, over the status months <paramref name="Fra"/>..<paramref name="Til"/>.</summary>
public sealed record Efterproevningsfejl(Maal Maal, int Horisont, Fejlmaal Fejl, Maaned Fra, Maaned Til);
