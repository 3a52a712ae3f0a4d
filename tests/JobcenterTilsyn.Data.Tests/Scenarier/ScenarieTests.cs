using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Scenarier;
using JobcenterTilsyn.Data.Tests.Computation;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Udpegning;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobcenterTilsyn.Data.Tests.Scenarier;

/// <summary>Scenarios on the sample (computed 2024-12..2025-12): they change nothing stored, and "today" is what is stored.</summary>
public sealed class ScenarieTests(SampleComputationTests.ImportedSample sample) : IClassFixture<SampleComputationTests.ImportedSample>
{
    private static readonly Regelsaet A75 = Regelsaet.Oevo2024 with { Navn = "A 75 %", GyldigFra = new DateOnly(2025, 1, 1), GraenseA = 0.75 };

    [Fact]
    public async Task A_scenario_leaves_every_stored_table_unchanged()
    {
        var foer = await TabellerAsync();
        foer.Should().ContainKeys("maalresultat", "udpegning", "regelsaet", "beregning", "ydelsesperiode");

        await new Scenarieberegning(sample.Database.ConnectionString).KoerAsync(A75, 2025);
        await new Scenarieberegning(sample.Database.ConnectionString).KoerAsync(
            Regelsaet.Lab2019 with { Navn = "ØVO for alle", GyldigFra = new DateOnly(2025, 3, 1), BroDage = 30 }, 2025);

        (await TabellerAsync()).Should().Equal(foer);
    }

    [Fact]
    public async Task Today_is_the_stored_designation_and_a_harder_A_only_adds_failures()
    {
        var progress = new List<long>();
        var resultat = await new Scenarieberegning(sample.Database.ConnectionString).KoerAsync(A75, 2025, new SynkronFremdrift(progress.Add));

        await using var db = sample.Database.CreateContext();
        var gemt = await db.Set<UdpegningEntity>().AsNoTracking().Where(u => u.Aar == 2025).OrderBy(u => u.Kommunekode).ToListAsync();
        resultat.Kommuner.Should().HaveCount(98);
        resultat.Kommuner.Select(k => (k.Kommunekode, k.Idag.A.Taeller, k.Idag.A.Naevner, k.Idag.B.Taeller, k.Idag.B.Naevner, k.Idag.Kategori.Kode()))
            .Should().Equal(gemt.Select(u => (u.Kommunekode, u.ATaeller, u.ANaevner, u.BTaeller, u.BNaevner, u.Kategori)));
        resultat.IdagRegelsaet.Navn.Should().Be("OEVO-2024");

        resultat.Kommuner.Where(k => k.Scenarie.A != k.Idag.A with { Graense = 0.75 } || k.Scenarie.B != k.Idag.B)
            .Should().BeEmpty("the scenario counts the same persons; only A's threshold differs");
        resultat.Aendrede.Should().OnlyContain(k => k.Idag.A.Andel >= 0.70 && k.Idag.A.Andel < 0.75,
            "only a municipality whose A lies between the old and the new threshold can change");
        var skulleSkifte = resultat.Kommuner.Count(k => k.Idag.A.Andel is >= 0.70 and < 0.75 && k.Idag.B.Opfyldt != false);
        resultat.Aendrede.Should().HaveCount(skulleSkifte);
        resultat.ScenarieLandstal.Kategorier.Values.Sum().Should().Be(98);
        resultat.ScenarieLandstal.A.Taeller.Should().Be(resultat.Kommuner.Sum(k => k.Idag.A.Taeller));
        progress.Should().NotBeEmpty().And.BeInAscendingOrder();
        resultat.Personer.Should().Be(progress[^1]);
    }

    [Fact]
    public async Task The_same_rules_under_another_name_change_nothing()
    {
        var samme = Regelsaet.Oevo2024 with { Navn = "Uændret", GyldigFra = new DateOnly(2025, 1, 1) };

        var resultat = await new Scenarieberegning(sample.Database.ConnectionString).KoerAsync(samme, 2025);

        resultat.Aendrede.Should().BeEmpty();
        resultat.Kommuner.Should().OnlyContain(k => k.Idag == k.Scenarie);
    }

    [Fact]
    public async Task A_scenario_that_cannot_affect_the_year_or_takes_a_stored_name_is_refused_in_Danish()
    {
        var beregning = new Scenarieberegning(sample.Database.ConnectionString);

        var sent = async () => await beregning.KoerAsync(A75 with { GyldigFra = new DateOnly(2026, 1, 1) }, 2025);
        (await sent.Should().ThrowAsync<ScenarieAfvistException>()).Which.Fejl.Should().Equal("Scenariets regelsæt skal gælde senest 31-12-2025 for at påvirke året 2025.");

        var navn = async () => await beregning.KoerAsync(A75 with { Navn = "LAB-2019" }, 2025);
        (await navn.Should().ThrowAsync<ScenarieAfvistException>()).Which.Fejl.Should().ContainSingle().Which.Should().Contain("'LAB-2019' bruges allerede");
    }

    /// <summary>Row count and an md5 over every row of every table in the schema, by table name.</summary>
    private async Task<Dictionary<string, (long Raekker, string Md5)>> TabellerAsync()
    {
        await using var conn = new NpgsqlConnection(sample.Database.ConnectionString);
        await conn.OpenAsync();
        var tabeller = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tabeller.Add(reader.GetString(0));
        }

        var resultat = new Dictionary<string, (long, string)>();
        foreach (var t in tabeller)
        {
            await using var cmd = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM \"{t}\" x", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            resultat[t] = (reader.GetInt64(0), reader.GetString(1));
        }
        return resultat;
    }

    /// <summary>Progress reported on the caller's thread, so the list is complete when the run returns.</summary>
    private sealed class SynkronFremdrift(Action<long> rapport) : IProgress<long>
    {
        public void Report(long value) => rapport(value);
    }
}
