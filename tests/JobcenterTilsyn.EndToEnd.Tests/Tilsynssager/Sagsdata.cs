using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilsynssager;

/// <summary>Arranging cases in the shared database: each test uses its own municipality.</summary>
internal static class Sagsdata
{
    /// <summary>A small but real PDF (what the upload checks: the name, the type and the %PDF- signature).</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    /// <summary>
    /// The designation year of the test cases: one the demo results (2022–2025, shared by the page tests in the same
    /// database) do not hold, so a computed designation never stands in for the one a case test stores.
    /// </summary>
    public const int Aar = 2021;

    public static async Task GemUdpegningAsync(AppServerFixture app, short kommunekode, int aar = Aar)
    {
        await using var db = app.Database.CreateContext();
        if (await db.Set<UdpegningEntity>().AnyAsync(u => u.Kommunekode == kommunekode && u.Aar == aar)) return;
        db.Add(new UdpegningEntity
        {
            Aar = aar, Kommunekode = kommunekode, Kategori = "udpeget", ResultatKriterie = true, IndsatsKriterie = true,
            ATaeller = 610, ANaevner = 1000, BTaeller = 700, BNaevner = 1000, GraenseA = 0.7, GraenseB = 0.8,
            Rang = 92, AntalKommuner = 98, Regelsaet = "OEVO-2024", Beregnet = DateTimeOffset.UtcNow.AddDays(-10),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A manager of <paramref name="kommunekode"/> made for one test, with a random password, through the app's own user administration.</summary>
    public static async Task<Testbruger> ChefAsync(AppServerFixture app, short kommunekode)
    {
        await using var services = IdentitetTjenester.Opret(app.Database.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var email = $"chef.{kommunekode}@test.dk";
        var adgangskode = Adgangskoder.Ny();
        var r = await scope.ServiceProvider.GetRequiredService<Brugeradministration>()
            .OpretEllerNulstilAsync(email, $"Chef {kommunekode}", Rolle.Jobcenterchef, kommunekode, adgangskode);
        if (!r.Lykkedes) throw new InvalidOperationException(string.Join(" ", r.Fejl));
        return new Testbruger(email, Rolle.Jobcenterchef, kommunekode, adgangskode);
    }

    /// <summary>A case with the redegørelse and the plan submitted (state plan_modtaget, ready for approval or rejection).</summary>
    public static async Task<long> AabenSagMedPlanAsync(AppServerFixture app, short kommunekode)
    {
        var sagId = await AabenSagAsync(app, kommunekode);
        var chef = new Aktoer($"chef.{kommunekode}@test.dk", Rolle.Jobcenterchef, kommunekode);
        await using var db = app.Database.CreateContext();
        foreach (Sagshandling handling in new Sagshandling[] { new IndsendRedegoerelse("Redegørelse."), new IndsendGenopretningsplan("Plan.") })
        {
            var version = (await TilsynssagStore.HentAsync(db, sagId))!.Version;
            var r = await TilsynssagStore.UdfoerAsync(db, sagId, version, handling, chef, [], DateTimeOffset.UtcNow);
            if (!r.Udfoert) throw new InvalidOperationException(r.Besked);
        }
        return sagId;
    }

    public static async Task<long> AabenSagAsync(AppServerFixture app, short kommunekode, DateTimeOffset? aabnet = null)
    {
        await GemUdpegningAsync(app, kommunekode);
        await using var db = app.Database.CreateContext();
        var r = await TilsynssagStore.AabnAsync(db, kommunekode, Aar, "Oprettet af testen.", new Aktoer("admin@test.dk", Rolle.Administrator),
            Fristregler.Standard, aabnet ?? DateTimeOffset.UtcNow);
        return r.SagId ?? throw new InvalidOperationException(r.Besked);
    }
}
