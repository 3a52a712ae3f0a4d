using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// One outlook figure of a municipality beside what was later measured, as disclosed to the viewer: the projected share
/// (har_tilbud ÷ naevner, <see cref="Efterproevning.ProjiceretAndel"/>) only when both counts are disclosed.
/// </summary>
public sealed record Efterproevningspunkt(Maaned Statusmaaned, Maaned Maaned, Maal Maal, OplystUdsigt Udsigt, double? ProjiceretAndel, OplystMaaltal Maalt)
{
    public int Horisont => Efterproevning.Horisont(Statusmaaned, Maaned);
}

/// <summary>A municipality's backtest and the national error of the projected share per goal and horizon.</summary>
public sealed record Efterproevningsoversigt(IReadOnlyList<Efterproevningspunkt> Punkter, IReadOnlyList<Efterproevningsfejl> Landsfejl);

/// <summary>Reads the backtest of the outlook for the municipality page from <see cref="EfterproevningQuery"/>.</summary>
public static class EfterproevningReadModel
{
    /// <summary>The measured months shown: the latest this many.</summary>
    public const int AntalMaaneder = 12;

    /// <summary>
    /// The fewest municipality-months a national error is shown over: over a handful, a non-administrator knowing the
    /// disclosed pairs could back out a withheld projected share from the mean (rounded to 0.1 pt, 100 pairs hide it).
    /// </summary>
    public const int MindsteAntalPar = 100;

    public static async Task<Efterproevningsoversigt> HentAsync(TilsynDbContext db, short kommunekode, bool erAdministrator, CancellationToken ct = default)
    {
        var egne = await EfterproevningQuery.HentAsync(db, kommunekode, ct);
        var maaneder = egne.Select(r => r.Maaned).Distinct().OrderDescending().Take(AntalMaaneder).ToHashSet();
        var punkter = egne.Where(r => maaneder.Contains(r.Maaned))
            .Select(r =>
            {
                var udsigt = Diskretion.Oplys(r.Udsigt.Naevner, r.Udsigt.HarTilbud, r.Udsigt.UdenTilbud, r.Udsigt.Noedvendige, erAdministrator);
                var andel = udsigt.Skjult ? null : Efterproevning.ProjiceretAndel(r.Udsigt);
                return new Efterproevningspunkt(r.Statusmaaned, r.Maaned, r.Maal, udsigt, andel, Diskretion.Oplys(r.Maalt, erAdministrator));
            })
            .OrderByDescending(p => p.Maaned).ThenBy(p => p.Maal).ThenBy(p => p.Horisont)
            .ToList();
        var landsfejl = (await EfterproevningQuery.FejlAsync(db, ct)).Where(f => f.Fejl.Antal >= MindsteAntalPar).ToList();
        return new Efterproevningsoversigt(punkter, landsfejl);
    }
}
