using JobcenterTilsyn.Data.Beregning;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Cli.Commands;

internal sealed class ComputeCommand : ICliCommand
{
    public string Name => "compute";

    public string Usage => "compute --from YYYY-MM --to YYYY-MM";

    public string Summary => "computes and stores every measure for those months, and benchmark and designation of every whole year";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var fra = ParseMaaned(context.Args.Required("from"), "--from");
        var til = ParseMaaned(context.Args.Required("to"), "--to");
        context.Args.RejectUnknown();
        if (til < fra) throw new CliUsageException($"--to {til} is before --from {fra}.");

        var fremdrift = new Progress<long>(n => context.Error.Write($"\r{n:N0} persons computed"));
        var resultat = await new Beregningskoersel(context.ConnectionString).KoerAsync(fra, til, Environment.UserName, fremdrift, ct);
        context.Error.WriteLine();
        context.Out.WriteLine(
            $"Computed {resultat.Maaneder} month(s) over {resultat.Personer:N0} persons: {resultat.Maalresultater:N0} results stored in {resultat.Varighed.TotalSeconds:F1} s (computation {resultat.BeregningId}).");
        return CliApp.Ok;
    }

    internal static Maaned ParseMaaned(string tekst, string option) =>
        Maaned.TryParse(tekst, out var m) ? m : throw new CliUsageException($"{option} '{tekst}' is not a month of the form YYYY-MM.");
}
