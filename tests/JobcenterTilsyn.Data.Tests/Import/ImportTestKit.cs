using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using Npgsql;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>Small helpers for import tests: a fixed key, CSV text builders, imports from text, row counts.</summary>
internal static class ImportTestKit
{
    /// <summary>32 bytes 0x00..0x1F, base64.</summary>
    public static readonly byte[] KeyBytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    public static readonly string Key = Convert.ToBase64String(KeyBytes);

    public const string YdelsesHeader = "person_id;kommunekode;ydelsesgruppe;startdato;slutdato";
    public const string IndsatsHeader = "person_id;kommunekode;indsatstype;startdato;slutdato";
    public const string SamtaleHeader = "person_id;kommunekode;dato";
    public const string RammeHeader = "aar;kommunekode;variabel;vaerdi";

    public static Importer Importer(TestDatabase database, string? key = null) =>
        new(database.ConnectionString, new PseudonymizationOptions { Key = key ?? Key });

    public static Importer ImporterWithoutKey(TestDatabase database) =>
        new(database.ConnectionString, new PseudonymizationOptions());

    /// <summary>Lines joined with \n, ending in \n.</summary>
    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    public static Task<ImportResult> ImportText(this Importer importer, string text, ImportKind kind,
        ImportMode mode = ImportMode.Append, string? fileName = null) =>
        importer.ImportBytes(Encoding.UTF8.GetBytes(text), kind, mode, fileName);

    public static async Task<ImportResult> ImportBytes(this Importer importer, byte[] bytes, ImportKind kind,
        ImportMode mode = ImportMode.Append, string? fileName = null)
    {
        using var stream = new MemoryStream(bytes);
        return await importer.ImportAsync(stream, fileName ?? kind.Code() + ".csv", kind, mode, "test");
    }

    public static async Task<long> CountAsync(this TestDatabase database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    public static async Task<List<string>> StringsAsync(this TestDatabase database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        await using var reader = await cmd.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync()) result.Add(reader.GetString(0));
        return result;
    }

    /// <summary>Rows of all four register tables together: "nothing of the file was written" compares this before and after.</summary>
    public static Task<long> AllRegisterRowsAsync(this TestDatabase database) => database.CountAsync(
        "SELECT (SELECT count(*) FROM ydelsesperiode) + (SELECT count(*) FROM indsats) + (SELECT count(*) FROM samtale) + (SELECT count(*) FROM rammevilkaar)");

    /// <summary>A pseudonym unique to one test, so tests sharing a database do not see each other's rows or files.</summary>
    public static string Person(string test, int n = 0) => $"{test}_{n}";
}
