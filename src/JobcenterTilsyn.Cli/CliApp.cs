using JobcenterTilsyn.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Cli;

/// <summary>
/// Entry point of the administrators' command-line tool (data-contract.md, "Command-line interface").
/// Exit codes: 0 success, 1 invalid input (report on standard error), 2 usage error.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;

    private static readonly ICliCommand[] Commands =
    [
        new MigrateCommand(),
        new ComputeCommand(),
        new ExportCommand(),
        new Generate.GenerateCommand(),
        new ImportCommand(),
        new DemoDataCommand(),
        new DemoUsersCommand(),
        new CreateAdminCommand(),
        new ApiKeyCommand(),
        new BacktestCommand(),
        new RuleSetCommand(),
        new ScenarioCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IConfiguration? configuration = null)
    {
        configuration ??= BuildConfiguration();
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteUsage(args.Length == 0 ? stderr : stdout);
            return args.Length == 0 ? UsageError : Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"Unknown command '{args[0]}'.");
            WriteUsage(stderr);
            return UsageError;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        try
        {
            var options = CliArguments.Parse(args.Skip(1).ToArray());
            return await command.RunAsync(new CliContext(options, configuration, stdout, stderr), cts.Token);
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine(ex.Message);
            stderr.WriteLine($"Usage: jobcentertilsyn {command.Usage}");
            return UsageError;
        }
        catch (CliInputException ex)
        {
            stderr.WriteLine(ex.Message);
            return InvalidInput;
        }
    }

    public static IConfiguration BuildConfiguration() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: jobcentertilsyn <command> [options]");
        writer.WriteLine();
        foreach (var c in Commands)
        {
            writer.WriteLine($"  {c.Usage,-60} {c.Summary}");
        }
    }
}
