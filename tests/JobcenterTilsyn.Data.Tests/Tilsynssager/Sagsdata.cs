using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Data.Tests.Tilsynssager;

/// <summary>Arranging cases: stored designations, actors and a PDF.</summary>
internal static class Sagsdata
{
    public static readonly DateTimeOffset Nu = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Aktoer Admin = new("admin@test.dk", Rolle.Administrator);

    public static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    public static Aktoer Chef(short kommunekode) => new($"chef.{kommunekode}@test.dk", Rolle.Jobcenterchef, kommunekode);

    public static async Task GemUdpegningAsync(TilsynDbContext db, short kommunekode, int aar = 2025, string kategori = "udpeget")
    {
        db.Add(new UdpegningEntity
        {
            Aar = aar, Kommunekode = kommunekode, Kategori = kategori, ResultatKriterie = true, IndsatsKriterie = true,
            ATaeller = 60, ANaevner = 100, BTaeller = 70, BNaevner = 100, GraenseA = 0.7, GraenseB = 0.8, Rang = 95, AntalKommuner = 98,
            Regelsaet = "OEVO-2024", BeregningId = 1, Beregnet = Nu.AddDays(-30),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Stores a designation and opens a case from it; returns its id and version.</summary>
    public static async Task<(long Id, uint Version)> AabenSagAsync(TilsynDbContext db, short kommunekode)
    {
        await GemUdpegningAsync(db, kommunekode);
        var r = await TilsynssagStore.AabnAsync(db, kommunekode, 2025, "Udpeget i 2025.", Admin, Fristregler.Standard, Nu);
        r.Udfoert.Should().BeTrue(r.Besked);
        return (r.SagId!.Value, r.Version!.Value);
    }

    public static async Task<uint> UdfoerAsync(TilsynDbContext db, long id, uint version, Sagshandling handling, Aktoer aktoer, params NytBilag[] bilag)
    {
        var r = await TilsynssagStore.UdfoerAsync(db, id, version, handling, aktoer, bilag, Nu);
        r.Udfoert.Should().BeTrue(r.Besked);
        return r.Version!.Value;
    }
}
