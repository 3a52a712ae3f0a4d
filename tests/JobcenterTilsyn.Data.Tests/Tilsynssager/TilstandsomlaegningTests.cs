using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using S = JobcenterTilsyn.Domain.Tilsynssager.Sagstilstand;

namespace JobcenterTilsyn.Data.Tests.Tilsynssager;

/// <summary>
/// Cases stored before the states of §9 changed (first state 'udpeget', no 'plan_modtaget') still open and read
/// after the migration, with their history's from- and to-states as the new state machine has them.
/// </summary>
public sealed class TilstandsomlaegningTests : IAsyncLifetime
{
    private const string Foer = "20261205190235_Udsigt";
    private const string Migrering = "20261205205037_TilsynssagTilstandeAabnetPlanModtagetTilbagekaldt";

    private readonly string _navn = "jt_test_" + Guid.NewGuid().ToString("N")[..16];
    private string _forbindelse = "";

    public async Task InitializeAsync()
    {
        await using (var conn = new NpgsqlConnection(TestDatabase.ServerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_navn}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        _forbindelse = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = _navn }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_navn}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private TilsynDbContext Ny() => new(DbContextOptionsSetup.For(_forbindelse));

    [Fact]
    public async Task Old_cases_get_aabnet_and_plan_modtaget_and_the_history_keeps_everything_but_the_state_codes()
    {
        await using (var db = Ny())
        {
            // The database as the previous version left it, with the append-only protection in force.
            await db.GetService<IMigrator>().MigrateAsync(Foer);
            await Historikbeskyttelse.SikrAsync(db);
            await KommuneSeeder.SeedAsync(db);
            await GemGamleSagerAsync(db);
        }

        await DatabaseMigrator.MigrateAsync(_forbindelse);

        await using var efter = Ny();
        var sager = (await TilsynssagStore.ListAsync(efter)).ToDictionary(s => s.Sag.Kommunekode, s => s);
        sager[101].Sag.Tilstand.Should().Be(S.Aabnet);
        sager[147].Sag.Tilstand.Should().Be(S.PlanGodkendt);
        sager[151].Sag.Tilstand.Should().Be(S.PlanModtaget, "a plan was submitted and not yet decided");
        sager[153].Sag.Tilstand.Should().Be(S.RedegoerelseModtaget, "no plan was submitted");

        var historik = (await TilsynssagStore.HentAsync(efter, sager[147].Id))!.Historik.Select(h => h.Haendelse).ToList();
        historik.Select(h => (h.Handling, h.Fra, h.Til)).Should().Equal(
            (Sagshandlingstype.Aabn, null, S.Aabnet),
            (Sagshandlingstype.IndsendRedegoerelse, S.Aabnet, S.RedegoerelseModtaget),
            (Sagshandlingstype.IndsendGenopretningsplan, S.RedegoerelseModtaget, S.PlanModtaget),
            (Sagshandlingstype.IndsendGenopretningsplan, S.PlanModtaget, S.PlanModtaget),
            (Sagshandlingstype.RegistrerSagsgennemgang, S.PlanModtaget, S.PlanModtaget),
            (Sagshandlingstype.GodkendPlan, S.PlanModtaget, S.PlanGodkendt));
        historik.Select(h => h.Begrundelse).Should().Equal("Åbnet", "Redegørelse", "Plan 1", "Plan 2", "Gennemgang", "Godkendt");
        historik.Select(h => h.Trin).Should().Equal(Sagstrin.Aabning, Sagstrin.Redegoerelse, Sagstrin.Genopretningsplan,
            Sagstrin.Genopretningsplan, Sagstrin.Sagsgennemgang, Sagstrin.Genopretningsplan);

        // The old cases go on under the new rules; the history is append-only again.
        var sag151 = (await TilsynssagStore.HentAsync(efter, sager[151].Id))!;
        var afvist = await TilsynssagStore.UdfoerAsync(efter, sag151.Id, sag151.Version, new AfvisPlan("Ikke konkret nok."), Sagsdata.Admin, [], Sagsdata.Nu);
        afvist.Udfoert.Should().BeTrue(afvist.Besked);
        var act = () => efter.Database.ExecuteSqlRawAsync("UPDATE tilsynssag_haendelse SET til_tilstand = 'udpeget'");
        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain(Historikbeskyttelse.Fejltekst);
    }

    [Fact]
    public async Task Going_back_restores_the_old_codes_and_is_refused_once_a_new_action_is_used()
    {
        await using var db = Ny();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Foer);
        await Historikbeskyttelse.SikrAsync(db);
        await KommuneSeeder.SeedAsync(db);
        await GemGamleSagerAsync(db);
        await migrator.MigrateAsync(Migrering);

        await migrator.MigrateAsync(Foer);

        var tilstande = await db.Database.SqlQueryRaw<string>("SELECT tilstand AS \"Value\" FROM tilsynssag ORDER BY kommunekode").ToListAsync();
        tilstande.Should().Equal("udpeget", "plan_godkendt", "redegoerelse_modtaget", "redegoerelse_modtaget");
        var tilListe = await db.Database.SqlQueryRaw<string>(
            "SELECT h.til_tilstand AS \"Value\" FROM tilsynssag_haendelse h JOIN tilsynssag s ON s.id = h.sag_id WHERE s.kommunekode = 147 ORDER BY h.id").ToListAsync();
        tilListe.Should().Equal("udpeget", "redegoerelse_modtaget", "redegoerelse_modtaget", "redegoerelse_modtaget", "redegoerelse_modtaget", "plan_godkendt");

        await migrator.MigrateAsync(Migrering);
        var sag = (await TilsynssagStore.ListAsync(db, 101)).Single();
        var detaljer = (await TilsynssagStore.HentAsync(db, sag.Id))!;
        (await TilsynssagStore.UdfoerAsync(db, sag.Id, detaljer.Version, new Tilbagekald("Fejl"), Sagsdata.Admin, [], Sagsdata.Nu)).Udfoert.Should().BeTrue();
        var tilbage = () => migrator.MigrateAsync(Foer);
        (await tilbage.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().StartWith("Cannot go back");
    }

    [Fact]
    public async Task Old_case_openings_get_their_designation_basis_in_words_and_nothing_else_changes()
    {
        await using (var db = Ny())
        {
            await db.GetService<IMigrator>().MigrateAsync(Foer);
            await Historikbeskyttelse.SikrAsync(db);
            await KommuneSeeder.SeedAsync(db);
            await GemGamleSagerAsync(db);
            // As the earlier version wrote an opening's details, with the opening's justification on the line before.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO tilsynssag_haendelse (sag_id, tidspunkt, bruger, rolle, handling, fra_tilstand, til_tilstand, begrundelse, detaljer)
                SELECT s.id, now(), 'x', 'Administrator', 'aabn', NULL, 'udpeget', 'Åbnet igen', d.detaljer
                FROM tilsynssag s JOIN (VALUES
                  (101, 'Udpegning 2025: udpeget (resultatkriterie 1, indsatskriterie 1, rang 90 af 98, regelsæt OEVO-2024)'),
                  (147, 'Udpegning 2025: risikozone (resultatkriterie 0, indsatskriterie 1, rang 70 af 98, regelsæt OEVO-2024)'),
                  (151, 'Fri tekst (resultatkriterie 1) bliver stående')
                ) AS d(kommunekode, detaljer) ON d.kommunekode = s.kommunekode;
                """);
        }

        await DatabaseMigrator.MigrateAsync(_forbindelse);

        await using var efter = Ny();
        var detaljer = await efter.Database.SqlQueryRaw<string>("""
            SELECT h.detaljer AS "Value" FROM tilsynssag_haendelse h JOIN tilsynssag s ON s.id = h.sag_id
            WHERE h.detaljer IS NOT NULL ORDER BY s.kommunekode
            """).ToListAsync();
        detaljer.Should().Equal(
            "Udpegning 2025: kategori udpeget; resultatkriteriet opfyldt, indsatskriteriet opfyldt; rang 90 af 98; regelsæt OEVO-2024",
            "Udpegning 2025: kategori risikozone; resultatkriteriet ikke opfyldt, indsatskriteriet opfyldt; rang 70 af 98; regelsæt OEVO-2024",
            "Fri tekst (resultatkriterie 1) bliver stående");
        // The same words as a case opened today.
        detaljer[0].Should().Be(new Sagsgrundlag(2025, Domain.Udpegning.Udpegningskategori.Udpeget, true, true, 90, 98, "OEVO-2024", Sagsdata.Nu).Beskrivelse);
        var act = () => efter.Database.ExecuteSqlRawAsync("UPDATE tilsynssag_haendelse SET detaljer = 'x'");
        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain(Historikbeskyttelse.Fejltekst);
    }

    // Four cases as the previous version wrote them: only opened; approved after two plan versions and a review;
    // a plan waiting for a decision; only the redegørelse.
    private static async Task GemGamleSagerAsync(TilsynDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO tilsynssag (kommunekode, aar, tilstand, grundlag_kategori, grundlag_resultat_kriterie, grundlag_indsats_kriterie,
              grundlag_rang, grundlag_antal_kommuner, grundlag_regelsaet, grundlag_beregnet, aabnet, aabnet_af, redegoerelse_frist, plan_frist,
              redegoerelse, redegoerelse_indsendt, redegoerelse_indsendt_af, genopretningsplan, plan_indsendt, plan_indsendt_af,
              sagsgennemgang_udfoert_af, sagsgennemgang_omraader, sagsgennemgang_dato, senest_aendret)
            VALUES
              (101, 2025, 'udpeget', 'udpeget', true, true, 90, 98, 'OEVO-2024', now(), now(), 'admin', '2026-03-30', '2026-04-27',
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, now()),
              (147, 2025, 'plan_godkendt', 'risikozone', false, true, 70, 98, 'OEVO-2024', now(), now(), 'admin', '2026-03-30', '2026-04-27',
               'R', now(), 'chef', 'P2', now(), 'chef', 'Revision', 'Alt', '2026-03-01', now()),
              (151, 2025, 'redegoerelse_modtaget', 'udpeget', true, true, 95, 98, 'OEVO-2024', now(), now(), 'admin', '2026-03-30', '2026-04-27',
               'R', now(), 'chef', 'P', now(), 'chef', NULL, NULL, NULL, now()),
              (153, 2025, 'redegoerelse_modtaget', 'udpeget', true, true, 96, 98, 'OEVO-2024', now(), now(), 'admin', '2026-03-30', '2026-04-27',
               'R', now(), 'chef', NULL, NULL, NULL, NULL, NULL, NULL, now());

            INSERT INTO tilsynssag_haendelse (sag_id, tidspunkt, bruger, rolle, handling, fra_tilstand, til_tilstand, begrundelse, detaljer)
            SELECT s.id, now(), 'x', 'Administrator', h.handling, h.fra, h.til, h.begrundelse, NULL
            FROM tilsynssag s
            JOIN (VALUES
              (101, 1, 'aabn', NULL, 'udpeget', 'Åbnet'),
              (147, 1, 'aabn', NULL, 'udpeget', 'Åbnet'),
              (147, 2, 'indsend_redegoerelse', 'udpeget', 'redegoerelse_modtaget', 'Redegørelse'),
              (147, 3, 'indsend_genopretningsplan', 'redegoerelse_modtaget', 'redegoerelse_modtaget', 'Plan 1'),
              (147, 4, 'indsend_genopretningsplan', 'redegoerelse_modtaget', 'redegoerelse_modtaget', 'Plan 2'),
              (147, 5, 'registrer_sagsgennemgang', 'redegoerelse_modtaget', 'redegoerelse_modtaget', 'Gennemgang'),
              (147, 6, 'godkend_plan', 'redegoerelse_modtaget', 'plan_godkendt', 'Godkendt'),
              (151, 1, 'aabn', NULL, 'udpeget', 'Åbnet'),
              (151, 2, 'indsend_redegoerelse', 'udpeget', 'redegoerelse_modtaget', 'Redegørelse'),
              (151, 3, 'indsend_genopretningsplan', 'redegoerelse_modtaget', 'redegoerelse_modtaget', 'Plan'),
              (153, 1, 'aabn', NULL, 'udpeget', 'Åbnet'),
              (153, 2, 'indsend_redegoerelse', 'udpeget', 'redegoerelse_modtaget', 'Redegørelse')
            ) AS h(kommunekode, nr, handling, fra, til, begrundelse) ON h.kommunekode = s.kommunekode
            ORDER BY s.kommunekode, h.nr;
            """);
    }
}
