using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Data.Tests.Import;
using JobcenterTilsyn.Testing;
using Npgsql;

namespace JobcenterTilsyn.Data.Tests.Operations;

/// <summary>scripts/backup.sh and scripts/restore.sh (pg_dump -Fc, pg_restore --clean) round-trip a database with data.</summary>
public sealed class BackupRestoreTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jt-backup-");
    private readonly string _restoredName = database.Name + "_restored";

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_restoredName}\" WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_backup_restored_into_a_new_database_has_the_same_rows_in_every_table()
    {
        var sample = ImportFormatTests.SampleFolder;
        var importer = ImportTestKit.Importer(database);
        foreach (var file in Directory.GetFiles(sample, "*.csv"))
        {
            (await importer.ImportFileAsync(file, ImportMode.Append, "test")).Outcome.Should().Be(ImportOutcome.Succeeded);
        }
        var dump = Path.Combine(_folder.FullName, "backup.dump");
        var restoredConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = _restoredName }.ConnectionString;

        var backup = await Run("scripts/backup.sh", database.ConnectionString, dump);
        backup.Exit.Should().Be(0, backup.Output);
        // Restored twice: the second run replaces what the first created (--clean --if-exists).
        var restore = await Run("scripts/restore.sh", restoredConnection, dump);
        restore.Exit.Should().Be(0, restore.Output);
        restore = await Run("scripts/restore.sh", restoredConnection, dump);
        restore.Exit.Should().Be(0, restore.Output);

        var original = await FingerprintAsync(database.ConnectionString);
        var restored = await FingerprintAsync(restoredConnection);
        original.Should().ContainKey("ydelsesperiode").WhoseValue.Rows.Should().BeGreaterThan(1000);
        original.Should().ContainKey("import_batch").WhoseValue.Rows.Should().Be(4);
        original.Should().ContainKey("kommune").WhoseValue.Rows.Should().Be(98);
        restored.Should().BeEquivalentTo(original);
    }

    private static Task<(int Exit, string Output)> Run(string script, string connectionString, string file) =>
        Repository.RunAsync(Path.Combine(Repository.Root, script), [file],
            new Dictionary<string, string> { ["ConnectionStrings__Default"] = connectionString }, TimeSpan.FromMinutes(2));

    /// <summary>Per table in the public schema: its row count and an md5 over its rows in a fixed order.</summary>
    private static async Task<Dictionary<string, (long Rows, string Md5)>> FingerprintAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var result = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var cmd = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            result[table] = (reader.GetInt64(0), reader.GetString(1));
        }
        return result;
    }
}
