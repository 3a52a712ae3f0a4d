using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Data.Tests.Computation;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobcenterTilsyn.Data.Tests.Regler;

/// <summary>
/// rules.md §7 end to end on the sample (computed 2024-12..2025-12): a rule set added from 2025-07-01 with A = 0.75 changes,
/// after the recomputation, exactly the figures from 2025-07 on and the designation of 2025; earlier ones keep their rule set.
/// </summary>
public sealed class NytRegelsaetGenberegningTests(SampleComputationTests.ImportedSample sample) : IClassFixture<SampleComputationTests.ImportedSample>
{
    [Fact]
    public async Task A_rule_set_from_2025_07_changes_exactly_the_figures_from_2025_07_on_after_recomputation()
    {
        var foer = await MaanederAsync();
        var udpegningFoer = await UdpegningAsync();
        foer.Values.Should().OnlyContain(r => r.Regelsaet == "OEVO-2024");

        var maal2025 = Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = new DateOnly(2025, 7, 1), GraenseA = 0.75 };
        (Maaned Fra, Maaned Til)? omfang;
        await using (var db = sample.Database.CreateContext())
        {
            await RegelsaetStore.TilfoejAsync(db, maal2025, "admin@test.dk", false, DateTimeOffset.UtcNow);
            omfang = await Regelsaetsgenberegning.OmfangAsync(db, maal2025.GyldigFra);
        }
        omfang.Should().Be((new Maaned(2025, 1), new Maaned(2025, 12)), "from January, so the year's designation is recomputed too");
        (await MaanederAsync()).Should().BeEquivalentTo(foer, "adding alone changes no stored figure");

        await new Beregningskoersel(sample.Database.ConnectionString).KoerAsync(omfang!.Value.Fra, omfang.Value.Til, "admin@test.dk");

        var efter = await MaanederAsync();
        efter.Keys.Should().BeEquivalentTo(foer.Keys);
        var skift = new DateOnly(2025, 7, 1);
        foreach (var (noegle, f) in foer)
        {
            var e = efter[noegle];
            if (noegle.Maaned < skift)
            {
                e.Should().Be(f, $"{noegle} lies before the new rule set");
                continue;
            }
            e.Regelsaet.Should().Be("MAAL-2025", $"{noegle} is measured under the rule set in force on its last day");
            (e.Taeller, e.Naevner).Should().Be((f.Taeller, f.Naevner), "MAAL-2025 counts the same persons as OEVO-2024");
            e.Graense.Should().Be(noegle.Maal == (short)Domain.Fokusmaal.Maal.ATilbud12m ? 0.75 : f.Graense, $"{noegle}: only A's threshold changed");
        }

        var udpegningEfter = await UdpegningAsync();
        udpegningEfter.Should().OnlyContain(u => u.Regelsaet == "MAAL-2025" && u.GraenseA == 0.75);
        udpegningEfter.Select(u => (u.Kommunekode, u.ATaeller, u.ANaevner)).Should().Equal(udpegningFoer.Select(u => (u.Kommunekode, u.ATaeller, u.ANaevner)));
        // A harder A threshold can only add failures of the effort criterion.
        udpegningEfter.Zip(udpegningFoer).Should().OnlyContain(p => p.First.IndsatsKriterie || !p.Second.IndsatsKriterie);

        // Now used, it is locked like the others.
        await using var conn = new NpgsqlConnection(sample.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE regelsaet SET graense_a = 0.8 WHERE navn = 'MAAL-2025'", conn);
        await FluentActions.Awaiting(() => cmd.ExecuteNonQueryAsync()).Should().ThrowAsync<PostgresException>();
    }

    private async Task<Dictionary<(DateOnly Maaned, short Kommunekode, short Maal), (int Taeller, int Naevner, double? Graense, string Regelsaet)>> MaanederAsync()
    {
        await using var db = sample.Database.CreateContext();
        return await db.Set<MaalresultatEntity>().AsNoTracking()
            .ToDictionaryAsync(m => (m.Maaned, m.Kommunekode, m.Maal), m => (m.Taeller, m.Naevner, m.Graense, m.Regelsaet));
    }

    private async Task<List<UdpegningEntity>> UdpegningAsync()
    {
        await using var db = sample.Database.CreateContext();
        return await db.Set<UdpegningEntity>().AsNoTracking().Where(u => u.Aar == 2025).OrderBy(u => u.Kommunekode).ToListAsync();
    }
}
