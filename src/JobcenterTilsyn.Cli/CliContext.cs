using JobcenterTilsyn.Data;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Cli;

/// <summary>What a command gets: its parsed arguments, configuration and output streams.</summary>
public sealed record CliContext(CliArguments Args, IConfiguration Configuration, TextWriter Out, TextWriter Error)
{
    public string ConnectionString =>
        Configuration.GetConnectionString(DbContextOptionsSetup.ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : throw new CliUsageException(
                "No database configured: set ConnectionStrings__Default (e.g. \"Host=127.0.0.1;Port=5432;Database=jobcentertilsyn;Username=postgres\").");
}
