using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Testing;
using Microsoft.Extensions.Configuration;
using static JobcenterTilsyn.Data.Tests.Import.ImportTestKit;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary><c>jobcentertilsyn import PATH... [--replace]</c> end to end against the test database.</summary>
public sealed class ImportCommandTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jt-cli-import-");

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<(int Exit, string Out, string Error)> Run(string? key, params string[] args)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString };
        if (key is not null) settings["Pseudonymization:Key"] = key;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using StringWriter stdout = new(), stderr = new();
        var exit = await CliApp.RunAsync(["import", .. args], stdout, stderr, configuration);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Without_a_path_it_is_a_usage_error()
    {
        var (exit, _, error) = await Run(Key);

        exit.Should().Be(2);
        error.Should().Contain("Give at least one file or folder").And.Contain("Usage: jobcentertilsyn import PATH... [--replace]");
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_usage_error()
    {
        var (exit, _, error) = await Run(Key, Path.Combine(_folder.FullName, "missing", "samtaler.csv"));

        exit.Should().Be(2);
        error.Should().Contain("No such file or folder");
    }

    [Fact]
    public async Task A_file_whose_name_is_no_contract_name_is_a_usage_error()
    {
        var (exit, _, error) = await Run(Key, Write("data.csv", Csv(SamtaleHeader)));

        exit.Should().Be(2);
        error.Should().Contain("not an import file name");
    }

    [Fact]
    public async Task An_unusable_key_is_a_usage_error()
    {
        var (exit, _, error) = await Run("c2hvcnQ=", Write("samtaler_key.csv", Csv(SamtaleHeader, "cli_k;101;2024-01-01")));

        exit.Should().Be(2);
        error.Should().Contain("Pseudonymization:Key").And.Contain("at least 32");
    }

    [Fact]
    public async Task The_sample_folder_imports_with_a_summary_per_file()
    {
        var (exit, output, error) = await Run(Key, ImportFormatTests.SampleFolder);

        exit.Should().Be(0, error);
        output.Should().Contain("ydelsesforloeb.csv: imported (ydelsesforloeb, append): 5,159 rows read, 5,158 inserted, 1 duplicates skipped")
            .And.Contain("rows/s").And.Contain("4 file(s): 4 imported, 0 already imported, 0 rejected.");

        var (again, againOutput, _) = await Run(Key, ImportFormatTests.SampleFolder);
        again.Should().Be(0);
        againOutput.Should().Contain("0 imported, 4 already imported");
    }

    [Fact]
    public async Task A_bad_file_exits_1_with_its_report_on_stderr_while_the_good_files_still_import()
    {
        var good = Write("samtaler_good.csv", Csv(SamtaleHeader, "cli_1;101;2024-02-01"));
        var bad = Write("indsatser_bad.csv", Csv(IndsatsHeader, "cli_2;101;mentor;2024-02-01;", "cli_2;999;mentor;2024-02-02;"));

        var (exit, output, error) = await Run(Key, bad, good);

        exit.Should().Be(1);
        error.Should().Contain("line 3, kommunekode '999': unknown kommunekode");
        output.Should().Contain("indsatser_bad.csv: REJECTED").And.Contain("samtaler_good.csv: imported")
            .And.Contain("2 file(s): 1 imported, 0 already imported, 1 rejected.").And.Contain("the files not rejected were imported");
        (await database.CountAsync("SELECT count(*) FROM samtale WHERE person_id = 'cli_1'")).Should().Be(1);
        (await database.CountAsync("SELECT count(*) FROM indsats WHERE person_id = 'cli_2'")).Should().Be(0);
    }

    [Fact]
    public async Task Without_a_configured_key_a_file_with_CPR_numbers_is_rejected()
    {
        var (exit, _, error) = await Run(null, Write("samtaler_cpr.csv", Csv(SamtaleHeader, "060784-7777;101;2024-03-01")));

        exit.Should().Be(1);
        error.Should().Contain("no pseudonymization key is configured").And.NotContain("060784-7777");
    }

    [Fact]
    public async Task Replace_mode_is_asked_for_with_the_replace_flag()
    {
        await Run(Key, Write("samtaler_old.csv", Csv(SamtaleHeader, "cli_3;101;2010-05-05")));

        var (exit, output, _) = await Run(Key, Write("samtaler_new.csv", Csv(SamtaleHeader, "cli_4;101;2010-05-01", "cli_4;101;2010-05-31")), "--replace");

        exit.Should().Be(0);
        output.Should().Contain("(samtaler, replace)").And.Contain("1 stored rows replaced");
        (await database.CountAsync("SELECT count(*) FROM samtale WHERE person_id = 'cli_3'")).Should().Be(0);
    }
}
