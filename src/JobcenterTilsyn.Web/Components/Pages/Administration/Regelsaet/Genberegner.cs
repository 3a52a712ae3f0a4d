using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Import;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Components.Pages.Administration.Regelsaet;

/// <summary>
/// Recomputes the stored figures a new rule set changes, in the background: a singleton, so the run goes on when the
/// administrator leaves the page and every open Regelsæt page shows the same progress. It goes through
/// <see cref="ImportKoersel"/>, so it never runs beside another computation. Start, end and failure go to the audit trail.
/// </summary>
public sealed class Genberegner(IDbContextFactory<TilsynDbContext> dbFactory, ImportKoersel koersel, TimeProvider tid, ILogger<Genberegner> logger)
{
    private readonly Lock _laas = new();

    /// <summary>Raised (on a worker thread) whenever <see cref="Status"/> changes.</summary>
    public event Action? Aendret;

    /// <summary>The current or latest run; null before the first.</summary>
    public Genberegningsstatus? Status { get; private set; }

    /// <summary>Starts recomputing for <paramref name="regelsaet"/>; false (with a reason in the status) when one already runs.</summary>
    public async Task<bool> StartAsync(string regelsaet, string bruger)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var register = await RegelsaetStore.HentRegisterAsync(db);
        var gemt = register.Alle.FirstOrDefault(g => g.Navn == regelsaet)
            ?? throw new ArgumentException($"No rule set is named '{regelsaet}'.", nameof(regelsaet));
        var omfang = await Regelsaetsgenberegning.OmfangAsync(db, gemt.Regelsaet.GyldigFra);
        var forventet = (await Beregningshistorik.SenesteAsync(db, 10)).FirstOrDefault(b => b.Afsluttet is not null && b.Fejl is null)?.PersonerLaest;
        lock (_laas)
        {
            if (Status is { Koerer: true }) return false;
            Status = new Genberegningsstatus(regelsaet, omfang?.Fra, omfang?.Til, forventet, 0, Koerer: omfang is not null, Fejl: null, Afsluttet: null);
        }
        if (omfang is not { } o)
        {
            Status = Status with { Afsluttet = tid.GetUtcNow() };
            Aendret?.Invoke();
            return true;
        }

        await RegelsaetStore.LogAsync(db, tid.GetUtcNow(), bruger, "genberegning_startet", regelsaet, $"{o.Fra}..{o.Til}");
        Aendret?.Invoke();
        _ = Task.Run(() => KoerAsync(regelsaet, o.Fra, o.Til, bruger));
        return true;
    }

    private async Task KoerAsync(string regelsaet, Maaned fra, Maaned til, string bruger)
    {
        var sidst = DateTime.UtcNow;
        var fremdrift = new Progress<long>(personer =>
        {
            // A few updates a second are plenty for a progress bar.
            if ((DateTime.UtcNow - sidst).TotalMilliseconds < 250) return;
            sidst = DateTime.UtcNow;
            Status = Status! with { Personer = personer };
            Aendret?.Invoke();
        });
        string handling, detaljer;
        try
        {
            var resultat = await koersel.BeregnAsync(fra, til, bruger, fremdrift, CancellationToken.None);
            if (resultat is null)
            {
                Status = Status! with { Koerer = false, Fejl = "En anden beregning kører allerede. Prøv igen, når den er færdig.", Afsluttet = tid.GetUtcNow() };
                (handling, detaljer) = ("genberegning_fejlet", "en anden beregning kørte");
            }
            else
            {
                Status = Status! with { Koerer = false, Personer = resultat.Personer, Afsluttet = tid.GetUtcNow() };
                (handling, detaljer) = ("genberegning_afsluttet", $"{fra}..{til}: {resultat.Maaneder} måneder, {resultat.Personer} personer, beregning {resultat.BeregningId}");
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recomputation for rule set {Regelsaet} failed", regelsaet);
            Status = Status! with { Koerer = false, Fejl = "Genberegningen fejlede: " + ex.Message, Afsluttet = tid.GetUtcNow() };
            (handling, detaljer) = ("genberegning_fejlet", ex.Message);
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            await RegelsaetStore.LogAsync(db, tid.GetUtcNow(), bruger, handling, regelsaet, detaljer);
        }
        catch (Exception ex) when (ex is DbUpdateException or Npgsql.NpgsqlException)
        {
            logger.LogWarning(ex, "Could not log the end of the recomputation for rule set {Regelsaet}", regelsaet);
        }
        Aendret?.Invoke();
    }
}

/// <summary>A recomputation as the page shows it.</summary>
public sealed record Genberegningsstatus(
    string Regelsaet, Maaned? Fra, Maaned? Til, long? ForventedePersoner, long Personer, bool Koerer, string? Fejl, DateTimeOffset? Afsluttet)
{
    /// <summary>Share done, estimated from the persons the latest computation read; null without an estimate.</summary>
    public double? Andel => ForventedePersoner is { } f && f > 0 ? Math.Min(1.0, (double)Personer / f) : null;
}
