using JobcenterTilsyn.Data.Identitet;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// Creates or resets one demo user per role with fresh random passwords and prints them. The only way demo
/// credentials come to exist; run.sh calls it on every start.
/// </summary>
internal sealed class DemoUsersCommand : ICliCommand
{
    public string Name => "demo-users";

    public string Usage => "demo-users";

    public string Summary => "creates or resets one demo user per role with new random passwords and prints them";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        context.Args.RejectUnknown();
        await using var services = IdentitetTjenester.Opret(context.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var brugere = await DemoBrugere.SikrAsync(scope.ServiceProvider.GetRequiredService<Brugeradministration>(), ct);

        context.Out.WriteLine("Demo users (new passwords on every run):");
        foreach (var b in brugere)
        {
            var rolle = b.Kommunekode is { } kode ? $"{b.Rolle} ({kode})" : b.Rolle.ToString();
            context.Out.WriteLine($"  {b.Email,-22} {rolle,-22} {b.Adgangskode}");
        }
        return CliApp.Ok;
    }
}
