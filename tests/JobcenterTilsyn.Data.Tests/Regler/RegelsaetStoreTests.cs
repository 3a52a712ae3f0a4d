using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JobcenterTilsyn.Data.Tests.Regler;

/// <summary>The `regelsaet` table as the one source of truth, and the refusal to change a used rule set in the database.</summary>
public sealed class RegelsaetStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Nu = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static Regelsaet Maal2025 => Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = new DateOnly(2025, 7, 1), GraenseA = 0.75 };

    [Fact]
    public async Task Migrate_seeds_the_two_shipped_rule_sets_once_as_data()
    {
        await DatabaseMigrator.MigrateAsync(_database.ConnectionString);

        await using var db = _database.CreateContext();
        var register = await RegelsaetStore.HentRegisterAsync(db);
        register.Alle.Select(g => g.Regelsaet).Should().Equal(Regelsaet.Lab2019, Regelsaet.Oevo2024);
        register.Alle.Should().OnlyContain(g => !g.Brugt && g.OprettetAf == "system");
    }

    [Fact]
    public async Task The_computation_reads_the_rule_sets_from_the_table_alone()
    {
        await Sql("UPDATE regelsaet SET graense_b = 0.85 WHERE navn = 'OEVO-2024'");
        await using var db = _database.CreateContext();
        await RegelsaetStore.TilfoejAsync(db, Maal2025, "admin@test.dk", false, Nu);

        var katalog = await RegelsaetStore.HentKatalogAsync(db);

        katalog.Alle.Select(r => r.Navn).Should().Equal("LAB-2019", "OEVO-2024", "MAAL-2025");
        katalog.IKraftForAar(2024).GraenseB.Should().Be(0.85, "the table, not the code's copy, says what OEVO-2024 is");
        katalog.IKraftFor(new Domain.Tid.Maaned(2025, 7)).Should().Be(Maal2025);

        await Sql("DELETE FROM regelsaet");
        var tom = async () => await RegelsaetStore.HentKatalogAsync(db);
        await tom.Should().ThrowAsync<InvalidOperationException>().WithMessage("*regelsaet is empty*migrate*");
    }

    [Fact]
    public async Task The_database_refuses_to_update_delete_or_truncate_a_used_rule_set()
    {
        await Sql("UPDATE regelsaet SET brugt = true WHERE navn = 'LAB-2019'");

        foreach (var sql in new[]
                 {
                     "UPDATE regelsaet SET graense_a = 0.75 WHERE navn = 'LAB-2019'",
                     "UPDATE regelsaet SET brugt = false WHERE navn = 'LAB-2019'",
                     "DELETE FROM regelsaet WHERE navn = 'LAB-2019'",
                     "TRUNCATE regelsaet",
                 })
        {
            var aendr = () => Sql(sql);
            (await aendr.Should().ThrowAsync<PostgresException>(sql)).Which.MessageText.Should().StartWith(RegelsaetStore.LaastFejltekst);
        }

        // An unused one is still data like any other.
        await Sql("UPDATE regelsaet SET graense_a = 0.71 WHERE navn = 'OEVO-2024'");
        (await Skalar("SELECT graense_a FROM regelsaet WHERE navn = 'LAB-2019'")).Should().Be(0.70);
        (await Skalar("SELECT graense_a FROM regelsaet WHERE navn = 'OEVO-2024'")).Should().Be(0.71);
    }

    [Fact]
    public async Task Adding_and_deleting_go_to_the_audit_trail_and_a_used_rule_set_is_refused_by_the_store()
    {
        await using (var db = _database.CreateContext())
        {
            await RegelsaetStore.TilfoejAsync(db, Maal2025, "admin@test.dk", false, Nu);
            var igen = async () => await RegelsaetStore.TilfoejAsync(db, Maal2025 with { GyldigFra = new DateOnly(2026, 1, 1) }, "admin@test.dk", false, Nu);
            (await igen.Should().ThrowAsync<RegelsaetAfvistException>()).Which.Fejl.Should().Equal("Der findes allerede et regelsæt med navnet 'MAAL-2025'.");
        }

        await Sql("UPDATE regelsaet SET brugt = true WHERE navn = 'OEVO-2024'");
        await using (var db = _database.CreateContext())
        {
            var slet = async () => await RegelsaetStore.SletAsync(db, "OEVO-2024", "admin@test.dk", Nu);
            (await slet.Should().ThrowAsync<RegelsaetAfvistException>()).Which.Fejl.Should().ContainSingle().Which.Should().Contain("er brugt til gemte tal");
            await RegelsaetStore.SletAsync(db, "MAAL-2025", "admin@test.dk", Nu.AddMinutes(5));
        }

        await using var laes = _database.CreateContext();
        (await laes.Set<RegelsaetEntity>().Select(r => r.Navn).OrderBy(n => n).ToListAsync()).Should().Equal("LAB-2019", "OEVO-2024");
        var spor = await RegelsaetStore.HaendelserAsync(laes, 10);
        spor.Select(h => (h.Handling, h.Regelsaet, h.Bruger)).Should().Equal(
            ("slettet", "MAAL-2025", "admin@test.dk"),
            ("tilfoejet", "MAAL-2025", "admin@test.dk"));
        spor[1].Tidspunkt.Should().Be(Nu);
        spor[1].Detaljer.Should().Contain("\"graense_a\":0.75").And.Contain("\"gyldig_fra\":\"2025-07-01\"");
    }

    private async Task Sql(string sql)
    {
        await using var conn = new NpgsqlConnection(_database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<object?> Skalar(string sql)
    {
        await using var conn = new NpgsqlConnection(_database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync();
    }
}
