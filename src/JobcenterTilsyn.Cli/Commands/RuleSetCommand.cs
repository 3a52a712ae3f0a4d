using System.Text.Json.Nodes;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Regler;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// Lists, shows and adds rule sets (rules.md §7; the JSON of data-contract.md, "Rule set file"). Adding never recomputes:
/// the administrator runs `compute` for the months printed, or uses the button on the Regelsæt page.
/// </summary>
internal sealed class RuleSetCommand : ICliCommand
{
    public string Name => "rule-set";

    public string Usage => "rule-set list | show NAME | add --file FILE [--confirm-recompute]";

    public string Summary => "lists, shows or adds rule sets (JSON); a used rule set is never changed";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var args = context.Args;
        if (args.Positional.Count == 0) throw new CliUsageException("Name an action: list, show NAME or add --file FILE.");
        switch (args.Positional[0])
        {
            case "list":
            {
                if (args.Positional.Count != 1) throw new CliUsageException("list takes no arguments.");
                args.RejectUnknown();
                await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
                var register = await RegelsaetStore.HentRegisterAsync(db, ct);
                var liste = new JsonArray([.. register.Alle.Select(g => (JsonNode)Regelsaetfil.TilJson(g.Regelsaet, g.Brugt))]);
                context.Out.WriteLine(Regelsaetfil.SkrivIndrykket(liste));
                return CliApp.Ok;
            }
            case "show":
            {
                if (args.Positional.Count != 2) throw new CliUsageException("show needs exactly one rule set name.");
                args.RejectUnknown();
                var navn = args.Positional[1];
                await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
                var register = await RegelsaetStore.HentRegisterAsync(db, ct);
                var g = register.Alle.FirstOrDefault(r => r.Navn == navn)
                    ?? throw new CliInputException($"No rule set is named '{navn}' (known: {string.Join(", ", register.Alle.Select(r => r.Navn))}).");
                context.Out.WriteLine(Regelsaetfil.SkrivIndrykket(Regelsaetfil.TilJson(g.Regelsaet, g.Brugt)));
                return CliApp.Ok;
            }
            case "add":
            {
                if (args.Positional.Count != 1) throw new CliUsageException("add takes the file as --file FILE.");
                var fil = args.Required("file");
                var bekraeft = args.Flag("confirm-recompute");
                args.RejectUnknown();
                if (!File.Exists(fil)) throw new CliInputException($"{fil}: no such file.");
                Domain.Regler.Regelsaet regelsaet;
                try
                {
                    regelsaet = Regelsaetfil.LaesFil(fil);
                }
                catch (RegelsaetfilException ex)
                {
                    throw new CliInputException($"{fil}: {ex.Message}");
                }

                await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
                try
                {
                    await RegelsaetStore.TilfoejAsync(db, regelsaet, "cli:" + Environment.UserName, bekraeft, DateTimeOffset.UtcNow, ct);
                }
                catch (RegelsaetAfvistException ex)
                {
                    throw new CliInputException($"{fil}: refused: {string.Join(" ", ex.Fejl)}");
                }

                context.Out.WriteLine($"Added rule set '{regelsaet.Navn.Trim()}', in force from {regelsaet.GyldigFra:yyyy-MM-dd}.");
                if (await Regelsaetsgenberegning.OmfangAsync(db, regelsaet.GyldigFra, ct) is { } omfang)
                    context.Out.WriteLine($"Stored figures it changes: recompute them with `compute --from {omfang.Fra} --to {omfang.Til}`.");
                return CliApp.Ok;
            }
            default:
                throw new CliUsageException($"Unknown action '{args.Positional[0]}' (known: list, show, add).");
        }
    }
}
