using JobcenterTilsyn.Data;

namespace JobcenterTilsyn.Cli.Commands;

internal sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public string Summary => "applies the database migrations and reference data (idempotent)";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        context.Args.RejectUnknown();
        await DatabaseMigrator.MigrateAsync(context.ConnectionString, ct);
        context.Out.WriteLine("Database is up to date.");
        return CliApp.Ok;
    }
}
