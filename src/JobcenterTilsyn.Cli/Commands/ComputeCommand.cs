using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Cli.Commands;

internal sealed class ComputeCommand : ICliCommand
{
    public string Name => "compute";

    public string Usage => "compute --from YYYY-MM --to YYYY-MM | --period YYYY-MM..YYYY-MM";

    public string Summary =>
        "computes and stores every measure for those months, the benchmark of every 12-month period ending at a half-year inside them, and the designation of every whole year";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var (fra, til) = Omfang(context.Args);
        context.Args.RejectUnknown();
        if (til < fra) throw new CliUsageException($"--to {til} is before --from {fra}.");

        var fremdrift = new Progress<long>(n => context.Error.Write($"\r{n:N0} persons computed"));
        var resultat = await new Beregningskoersel(context.ConnectionString).KoerAsync(fra, til, Environment.UserName, fremdrift, ct);
        context.Error.WriteLine();
        context.Out.WriteLine(
            $"Computed {resultat.Maaneder} month(s) over {resultat.Personer:N0} persons: {resultat.Maalresultater:N0} results stored in {resultat.Varighed.TotalSeconds:F1} s (computation {resultat.BeregningId}).");
        if (resultat.Perioder.Count > 0)
            context.Out.WriteLine($"Benchmarked: {string.Join(", ", resultat.Perioder)}.");
        if (resultat.UdeladtePerioder.Count > 0)
            context.Out.WriteLine($"Left out (no framework conditions for the year they end in): {string.Join(", ", resultat.UdeladtePerioder)}.");
        return CliApp.Ok;
    }

    /// <summary>--from/--to, or --period as shorthand for the months of one benchmark period.</summary>
    private static (Maaned Fra, Maaned Til) Omfang(CliArguments args)
    {
        var periode = args.Optional("period");
        if (periode is null) return (ParseMaaned(args.Required("from"), "--from"), ParseMaaned(args.Required("to"), "--to"));
        if (args.Optional("from") is not null || args.Optional("to") is not null)
            throw new CliUsageException("Give either --period or --from and --to, not both.");
        if (!Maaleperiode.TryParse(periode, out var p))
            throw new CliUsageException($"--period '{periode}' is not a year YYYY or 12 months ending in June or December, YYYY-MM..YYYY-MM.");
        return (Maaned.Af(p.Fra), Maaned.Af(p.Til));
    }

    internal static Maaned ParseMaaned(string tekst, string option) =>
        Maaned.TryParse(tekst, out var m) ? m : throw new CliUsageException($"{option} '{tekst}' is not a month of the form YYYY-MM.");
}
