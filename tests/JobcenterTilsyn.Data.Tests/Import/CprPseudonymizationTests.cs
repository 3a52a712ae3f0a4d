using System.Security.Cryptography;
using System.Text;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

public sealed class CprPseudonymizationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    /// <summary>The contract's rule computed here on its own: HMAC-SHA256(key bytes, ten ASCII digits), lowercase hex.</summary>
    private static string ExpectedPseudonym(string digits) =>
        Convert.ToHexString(HMACSHA256.HashData(KeyBytes, Encoding.ASCII.GetBytes(digits))).ToLowerInvariant();

    [Fact]
    public async Task A_CPR_number_is_stored_as_the_HMAC_of_its_ten_digits_under_the_key()
    {
        var result = await Importer(database).ImportText(Csv(SamtaleHeader, "150472-1111;101;2024-03-01"), ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        var stored = await database.StringsAsync("SELECT person_id FROM samtale WHERE dato = '2024-03-01'");
        stored.Should().Equal(ExpectedPseudonym("1504721111"));
        stored[0].Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task With_and_without_dash_a_CPR_number_maps_to_the_same_pseudonym()
    {
        var result = await Importer(database).ImportText(
            Csv(IndsatsHeader, "020380-2222;101;mentor;2024-04-01;", "0203802222;147;oevo;2024-05-01;2024-05-31"), ImportKind.Indsatser);

        result.RowsInserted.Should().Be(2);
        var stored = await database.StringsAsync("SELECT DISTINCT person_id FROM indsats WHERE startdato IN ('2024-04-01', '2024-05-01')");
        stored.Should().Equal(ExpectedPseudonym("0203802222"));
        new PseudonymizationOptions { Key = Key }.CreatePseudonymizer()!.Pseudonym("020380-2222").Should().Be(stored[0]);
    }

    [Fact]
    public async Task Identical_rows_differing_only_in_the_CPR_dash_are_stored_once()
    {
        var result = await Importer(database).ImportText(
            Csv(YdelsesHeader, "030481-3333;101;dagpenge;2024-06-01;", "0304813333;101;dagpenge;2024-06-01;"), ImportKind.Ydelsesforloeb);

        result.RowsInserted.Should().Be(1);
        result.DuplicatesSkipped.Should().Be(1);
    }

    [Fact]
    public async Task A_CPR_number_is_never_stored_in_any_text_column()
    {
        const string dashed = "040582-4444", plain = "0405824444";
        await Importer(database).ImportText(Csv(YdelsesHeader, $"{dashed};101;sygedagpenge;2024-07-01;"), ImportKind.Ydelsesforloeb);
        await Importer(database).ImportText(Csv(IndsatsHeader, $"{plain};101;mentor;2024-07-01;"), ImportKind.Indsatser);
        await Importer(database).ImportText(Csv(SamtaleHeader, $"{dashed};101;2024-07-01"), ImportKind.Samtaler);
        await Importer(database).ImportText(Csv(SamtaleHeader, $"{plain};999;2024-07-02"), ImportKind.Samtaler); // rejected

        var textColumns = await database.StringsAsync("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character')
              AND table_name IN ('ydelsesperiode', 'indsats', 'samtale', 'rammevilkaar', 'import_batch')
            """);
        textColumns.Should().Contain(["ydelsesperiode.person_id", "indsats.person_id", "samtale.person_id", "import_batch.error_summary"]);
        foreach (var column in textColumns)
        {
            var (table, name) = (column.Split('.')[0], column.Split('.')[1]);
            (await database.CountAsync($"SELECT count(*) FROM {table} WHERE {name} LIKE '%' || @a || '%' OR {name} LIKE '%' || @b || '%'",
                ("a", dashed), ("b", plain))).Should().Be(0, $"{column} must not hold the CPR number");
        }
        (await database.CountAsync("SELECT count(*) FROM samtale WHERE person_id = @p", ("p", ExpectedPseudonym(plain)))).Should().Be(1);
    }

    [Fact]
    public async Task A_file_with_CPR_numbers_is_rejected_when_no_key_is_configured()
    {
        var before = await database.AllRegisterRowsAsync();

        var result = await ImporterWithoutKey(database).ImportText(
            Csv(SamtaleHeader, "nokey_1;101;2024-08-01", "050683-5555;101;2024-08-01", "0506835555;101;2024-08-02"), ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Rejected);
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.Value.Should().Be("DDMMYY-XXXX");
        error.Reason.Should().Contain("no pseudonymization key is configured").And.Contain("Pseudonymization:Key");
        (await database.AllRegisterRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_file_with_pseudonyms_only_imports_without_a_key()
    {
        var result = await ImporterWithoutKey(database).ImportText(Csv(SamtaleHeader, "nokey_2;101;2024-08-03"), ImportKind.Samtaler);

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
        result.RowsInserted.Should().Be(1);
    }

    [Theory]
    [InlineData("290200-6666")] // YY 00 is divisible by 4
    [InlineData("2902046666")]
    [InlineData("311299-6666")]
    public async Task A_valid_CPR_date_including_leap_days_is_accepted(string cpr)
    {
        var result = await Importer(database).ImportText(Csv(SamtaleHeader, $"{cpr};101;2024-09-01"), ImportKind.Samtaler,
            fileName: $"samtaler_{cpr}.csv");

        result.Outcome.Should().Be(ImportOutcome.Succeeded);
    }

    [Fact]
    public async Task A_value_that_only_looks_like_digits_but_has_other_lengths_is_a_pseudonym()
    {
        var result = await Importer(database).ImportText(Csv(SamtaleHeader, "123456789;101;2024-09-02", "12345678901;101;2024-09-02"), ImportKind.Samtaler);

        result.RowsInserted.Should().Be(2);
        (await database.StringsAsync("SELECT person_id FROM samtale WHERE dato = '2024-09-02' ORDER BY 1")).Should().Equal("123456789", "12345678901");
    }

    [Theory]
    [InlineData("not base64!", "not valid base64")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==", "31 bytes")]
    public void An_unusable_key_is_refused_with_a_clear_message(string key, string message)
    {
        var create = () => Importer(database, key);

        create.Should().Throw<PseudonymizationKeyException>().WithMessage($"*{message}*").WithMessage("*Pseudonymization:Key*");
    }
}
