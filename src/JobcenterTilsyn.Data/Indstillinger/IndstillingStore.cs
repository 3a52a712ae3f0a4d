using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Indstillinger;

/// <summary>Administrators' settings stored in the database; a missing key falls back to the caller's configuration.</summary>
public static class IndstillingStore
{
    /// <summary>The yearly net cost of one fuldtidsperson in kroner, for the potentiale of rules.md §5.</summary>
    public const string KronerPrFuldtidsperson = "benchmark.kroner_pr_fuldtidsperson";

    public static async Task<double?> HentTalAsync(TilsynDbContext db, string noegle, CancellationToken ct = default)
    {
        var vaerdi = await db.Set<IndstillingEntity>().AsNoTracking()
            .Where(i => i.Noegle == noegle).Select(i => i.Vaerdi).SingleOrDefaultAsync(ct);
        return double.TryParse(vaerdi, NumberStyles.Float, CultureInfo.InvariantCulture, out var tal) ? tal : null;
    }

    /// <summary>Who set it last and when, or null while the configuration applies.</summary>
    public static Task<IndstillingEntity?> HentAsync(TilsynDbContext db, string noegle, CancellationToken ct = default) =>
        db.Set<IndstillingEntity>().AsNoTracking().SingleOrDefaultAsync(i => i.Noegle == noegle, ct);

    public static async Task GemTalAsync(TilsynDbContext db, string noegle, double vaerdi, string aendretAf, CancellationToken ct = default)
    {
        if (!double.IsFinite(vaerdi)) throw new ArgumentOutOfRangeException(nameof(vaerdi), "A setting must be a finite number.");
        var tekst = vaerdi.ToString("R", CultureInfo.InvariantCulture);
        var raekke = await db.Set<IndstillingEntity>().SingleOrDefaultAsync(i => i.Noegle == noegle, ct);
        if (raekke is null)
        {
            raekke = new IndstillingEntity { Noegle = noegle };
            db.Add(raekke);
        }
        raekke.Vaerdi = tekst;
        raekke.Aendret = DateTimeOffset.UtcNow;
        raekke.AendretAf = aendretAf;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes the setting, so the configuration applies again.</summary>
    public static Task NulstilAsync(TilsynDbContext db, string noegle, CancellationToken ct = default) =>
        db.Set<IndstillingEntity>().Where(i => i.Noegle == noegle).ExecuteDeleteAsync(ct);
}
