using System.Text.Json.Nodes;
using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Testing;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Data.Tests.Regler;

/// <summary>`rule-set list | show | add` (data-contract.md, "Rule set file"): the JSON, and exit codes 0, 1 and 2.</summary>
public sealed class RuleSetCommandTests : IAsyncLifetime
{
    private const string Maal2025 = """
        { "navn": "MAAL-2025", "gyldig_fra": "2025-07-01", "graense_a": 0.75, "graense_b": 0.80,
          "graense_c": null, "graense_d": null,
          "taellede_grupper": ["dagpenge", "kontanthjaelp_jobparat", "kontanthjaelp_aktivitetsparat",
            "uddannelseshjaelp_uddannelsesparat", "uddannelseshjaelp_aktivitetsparat", "selvforsoergelse"],
          "mellemrum_dage": 14, "oevo_for_alle": false, "uddannelseshjaelp_undtagelse": true,
          "resultat_andel": 0.20 }
        """;

    private readonly TestDatabase _database = new();
    private readonly string _mappe = Directory.CreateTempSubdirectory("jt-rule-set").FullName;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(_mappe, recursive: true);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Add_then_list_and_show_print_the_contracts_json()
    {
        var (kode, ud, fejl) = await KoerAsync("rule-set", "add", "--file", Fil("rs.json", Maal2025));
        kode.Should().Be(0, fejl);
        ud.Should().Contain("Added rule set 'MAAL-2025', in force from 2025-07-01.");

        (kode, ud, fejl) = await KoerAsync("rule-set", "list");
        kode.Should().Be(0, fejl);
        var liste = JsonNode.Parse(ud)!.AsArray();
        liste.Select(r => (string)r!["navn"]!).Should().Equal("LAB-2019", "OEVO-2024", "MAAL-2025");
        liste.Should().OnlyContain(r => (bool)r!["brugt"]! == false);

        (kode, ud, _) = await KoerAsync("rule-set", "show", "MAAL-2025");
        kode.Should().Be(0);
        var vist = JsonNode.Parse(ud)!.AsObject();
        vist.Remove("brugt");
        JsonNode.DeepEquals(vist, JsonNode.Parse(Maal2025)).Should().BeTrue(vist.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "navn": "X" }""", "Field 'gyldig_fra' is missing.")]
    [InlineData("""{ "navn": "X", "gyldig_fra": "1-7-2025" }""", "Field 'gyldig_fra' must be a date YYYY-MM-DD.")]
    [InlineData("[1]", "The file must hold one JSON object.")]
    public async Task An_invalid_file_is_refused_with_exit_code_1_naming_the_field(string json, string besked)
    {
        var fil = Fil("bad.json", json.Contains("gyldig_fra\": \"1-7") ? Maal2025.Replace("2025-07-01", "1-7-2025") : json);
        var (kode, _, fejl) = await KoerAsync("rule-set", "add", "--file", fil);

        kode.Should().Be(1);
        fejl.Should().Contain(besked);
    }

    [Fact]
    public async Task A_name_in_use_or_a_bad_threshold_is_refused_with_exit_code_1_and_usage_errors_give_2()
    {
        var (kode, _, fejl) = await KoerAsync("rule-set", "add", "--file", Fil("rs.json", Maal2025.Replace("MAAL-2025", "OEVO-2024").Replace("2025-07-01", "2026-01-01")));
        kode.Should().Be(1);
        fejl.Should().Contain("Der findes allerede et regelsæt med navnet 'OEVO-2024'.");

        (kode, _, fejl) = await KoerAsync("rule-set", "add", "--file", Fil("rs.json", Maal2025.Replace("0.75", "75")));
        kode.Should().Be(1);
        fejl.Should().Contain("Grænsen for A skal ligge over 0 % og højst være 100 %");

        (kode, _, fejl) = await KoerAsync("rule-set", "show", "FINDES-IKKE");
        kode.Should().Be(1);
        fejl.Should().Contain("No rule set is named 'FINDES-IKKE'");

        (await KoerAsync("rule-set", "add")).Kode.Should().Be(2);
        (await KoerAsync("rule-set", "edit", "LAB-2019")).Kode.Should().Be(2);
    }

    private string Fil(string navn, string indhold)
    {
        var sti = Path.Combine(_mappe, navn);
        File.WriteAllText(sti, indhold);
        return sti;
    }

    private async Task<(int Kode, string Ud, string Fejl)> KoerAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = _database.ConnectionString })
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var kode = await CliApp.RunAsync(args, stdout, stderr, configuration);
        return (kode, stdout.ToString(), stderr.ToString());
    }
}
