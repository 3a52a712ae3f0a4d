using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>
/// rules.md §10 end to end: with cells of 1–4 persons in the database, an analyst and a jobcenter manager get every
/// page, every JSON endpoint and the overview's CSV and Excel, and none of them holds a withheld value, searched for
/// by its true value. The administrator's copies must hold them (so the search can fail).
/// </summary>
[Collection(VaertCollection.Name)]
public sealed class DiskretionLaekageTests(SikretApp app) : IClassFixture<SikretApp>, IAsyncLifetime
{
    private static readonly DateTimeOffset Beregnet = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly Maaned Juni = new(2025, 6);

    /// <summary>
    /// What the small cells would give away, in every form the surfaces write numbers: A 3 of 7 (42,9 %), B 1017 of
    /// 1021 (complement 4, 99,6 %), C 2 of 3 (66,7 %), D 6 of 9 then 8 of 9 (complement 1, 88,9 %); designation A 4 of 9
    /// (44,4 %) and B 13 of 15 (complement 2, 86,7 %).
    /// </summary>
    private static readonly string[] Hemmeligt =
    [
        "42,9", "0.428", "99,6", "0.996", "1.017", "1017", "66,7", "0.666", "88,9", "0.888", "44,4", "0.444", "86,7", "0.866",
    ];

    public async Task InitializeAsync()
    {
        await using var db = app.Database.CreateContext();
        if (await db.Set<MaalresultatEntity>().AnyAsync(m => m.Kommunekode == Testbrugere.ChefensKommune)) return;
        foreach (var (maaned, maal, taeller, naevner, graense) in new (Maaned, short, int, int, double?)[]
        {
            (Juni, 0, 3, 7, 0.7), (Juni, 1, 1017, 1021, 0.8), (Juni, 2, 2, 3, null), (Juni, 3, 8, 9, null),
            (new Maaned(2025, 5), 0, 50, 100, 0.7), (new Maaned(2025, 5), 1, 60, 100, 0.8), (new Maaned(2025, 5), 2, 10, 100, null), (new Maaned(2025, 5), 3, 6, 9, null),
        })
        {
            db.Add(new MaalresultatEntity
            {
                Maaned = maaned.Foerste, Kommunekode = Testbrugere.ChefensKommune, Maal = maal, Taeller = taeller, Naevner = naevner,
                Graense = graense, Regelsaet = "OEVO-2024", Beregnet = Beregnet,
            });
        }
        // The outlook of June: A with 1017 of 1021 having a tilbud (4 without), B with 3 persons in all.
        foreach (var (maaned, maal, naevner, har) in new (int, short, int, int)[] { (7, 0, 1021, 1017), (8, 1, 3, 1), (9, 0, 9, 7) })
        {
            db.Add(new UdsigtEntity
            {
                StatusMaaned = Juni.Foerste, Maaned = new DateOnly(2025, maaned, 1), Kommunekode = Testbrugere.ChefensKommune, Maal = maal,
                Naevner = naevner, HarTilbud = har, Graense = maal == 0 ? 0.7 : 0.8, Regelsaet = "OEVO-2024", Beregnet = Beregnet,
            });
        }
        var udpegning = await db.Set<UdpegningEntity>().SingleAsync(u => u.Aar == 2025 && u.Kommunekode == Testbrugere.ChefensKommune);
        (udpegning.ATaeller, udpegning.ANaevner, udpegning.BTaeller, udpegning.BNaevner) = (4, 9, 13, 15);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] Sider =
    [
        "/?maaned=2025-06", "/?maaned=2025-05", $"/kommune/{Testbrugere.ChefensKommune}", $"/kommune/{Testbrugere.ChefensKommune}/rapport/2025",
        "/udpegning?aar=2025", "/udpegning", "/kommuner", "/benchmark",
        "/api/v1/measures?month=2025-06&page_size=200", "/api/v1/measures?month=2025-05&page_size=200",
        $"/api/v1/measures?month=2025-06&kommunekode={Testbrugere.ChefensKommune}", "/api/v1/designation?year=2025&page_size=200",
        "/api/v1/outlook?month=2025-06&page_size=200",
    ];

    [Theory]
    [InlineData(Som.Analytiker)]
    [InlineData(Som.Chef)]
    public async Task No_page_or_endpoint_reveals_a_withheld_figure(Som som)
    {
        var client = await app.KlientAsync(som);
        foreach (var side in Sider)
        {
            var tekst = await client.GetStringAsync(side);
            foreach (var hemmelighed in Hemmeligt)
                tekst.Should().NotContain(hemmelighed, $"{som} must not be able to derive a figure over 1–4 persons from {side}");
        }
    }

    [Fact]
    public async Task The_administrator_sees_the_true_figures_on_the_same_surfaces()
    {
        var client = await app.KlientAsync(Som.Admin);
        var overblik = await client.GetStringAsync("/?maaned=2025-06");
        overblik.Should().Contain("42,9").And.Contain("99,6");
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/measures?month=2025-06&kommunekode={Testbrugere.ChefensKommune}");
        json.GetProperty("items")[1].GetProperty("taeller").GetInt32().Should().Be(1017);
        (await client.GetStringAsync($"/kommune/{Testbrugere.ChefensKommune}/rapport/2025")).Should().Contain("44,4");
        (await client.GetStringAsync("/api/v1/outlook?month=2025-06&page_size=200")).Should().Contain("1017");
    }

    [Fact]
    public async Task The_overview_downloads_of_a_non_administrator_hold_no_withheld_figure()
    {
        await using var db = app.Database.CreateContext();
        var overblik = await OverblikReadModel.HentAsync(db, Juni, erAdministrator: false);

        var udtraek = new OverblikUdtraek(Juni, overblik.Regelsaet, new OverblikFilter(), null, DateTimeOffset.UnixEpoch);
        var csv = Encoding.UTF8.GetString(OverblikExport.Csv(overblik.Raekker, udtraek));
        using var workbook = new XLWorkbook(new MemoryStream(OverblikExport.Xlsx(overblik.Raekker, udtraek)));
        var celler = workbook.Worksheet(1).CellsUsed()
            .Select(c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
        foreach (var hemmelighed in Hemmeligt)
        {
            csv.Should().NotContain(hemmelighed);
            celler.Should().NotContain(c => c.Contains(hemmelighed, StringComparison.Ordinal));
        }
        var raekke = overblik.Raekker.Single(r => r.Kommunekode == Testbrugere.ChefensKommune);
        raekke.UnderGraense.Should().BeFalse("its only failing goal (A, 3 of 7) is withheld");

        var admin = await OverblikReadModel.HentAsync(db, Juni, erAdministrator: true);
        Encoding.UTF8.GetString(OverblikExport.Csv(admin.Raekker, udtraek)).Should().Contain("42,9").And.Contain(";1017;");
        admin.Raekker.Single(r => r.Kommunekode == Testbrugere.ChefensKommune).UnderGraense.Should().BeTrue();
    }
}
