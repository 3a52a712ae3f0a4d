using System.Globalization;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.ApiNoegler;
using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>Creates, lists and revokes API keys for scripts (docs/api.md); a new key's secret is printed once.</summary>
internal sealed class ApiKeyCommand : ICliCommand
{
    public string Name => "api-key";

    public string Usage => "api-key create --name NAME --role ROLE [--kommune KODE] | list | revoke --id ID";

    public string Summary => "creates (prints the key once), lists or revokes API keys";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var args = context.Args;
        if (args.Positional.Count != 1) throw new CliUsageException("Name exactly one action: create, list or revoke.");
        var nu = DateTimeOffset.UtcNow;
        var af = "cli:" + Environment.UserName;
        switch (args.Positional[0])
        {
            case "create":
            {
                var navn = args.Required("name");
                var rolleNavn = args.Required("role");
                if (!Roller.TryFra(rolleNavn, out var rolle))
                    throw new CliUsageException($"Unknown role '{rolleNavn}' (known: {string.Join(", ", Roller.Alle.Select(r => r.Navn()))}).");
                var kommune = args.Optional("kommune") is { } k
                    ? short.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var kode) ? kode : throw new CliUsageException($"--kommune must be a code; got '{k}'.")
                    : (short?)null;
                args.RejectUnknown();
                await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
                try
                {
                    var ny = await ApiNoegleStore.OpretAsync(db, navn, rolle, kommune, af, nu, ct);
                    context.Error.WriteLine($"Created API key {ny.Noegle.Id} '{ny.Noegle.Navn}' ({ny.Noegle.Rolle}). It is shown only now:");
                    context.Out.WriteLine(ny.Hemmelighed);
                    return CliApp.Ok;
                }
                catch (ArgumentException ex)
                {
                    throw new CliInputException(ex.Message);
                }
            }
            case "list":
            {
                args.RejectUnknown();
                await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
                foreach (var n in await ApiNoegleStore.ListAsync(db, ct))
                {
                    context.Out.WriteLine(string.Join('\t', n.Id.ToString(CultureInfo.InvariantCulture), n.Praefiks + "…", n.Navn, n.Rolle.Navn(),
                        n.Kommunekode?.ToString(CultureInfo.InvariantCulture) ?? "-", n.Aktiv ? "active" : "revoked",
                        n.SidstBrugt?.ToString("u", CultureInfo.InvariantCulture) ?? "never used"));
                }
                return CliApp.Ok;
            }
            case "revoke":
            {
                var id = args.Required("id");
                args.RejectUnknown();
                if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var noegleId)) throw new CliUsageException($"--id must be a number; got '{id}'.");
                await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
                if (!await ApiNoegleStore.TilbagekaldAsync(db, noegleId, af, nu, ct)) throw new CliInputException($"No active API key {noegleId}.");
                context.Out.WriteLine($"Revoked API key {noegleId}.");
                return CliApp.Ok;
            }
            default:
                throw new CliUsageException($"Unknown action '{args.Positional[0]}' (known: create, list, revoke).");
        }
    }
}
