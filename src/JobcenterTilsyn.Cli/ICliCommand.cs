namespace JobcenterTilsyn.Cli;

/// <summary>One sub-command of the CLI.</summary>
public interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    Task<int> RunAsync(CliContext context, CancellationToken ct);
}
