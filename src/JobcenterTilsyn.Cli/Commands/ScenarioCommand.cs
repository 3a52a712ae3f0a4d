using System.Globalization;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Data.Scenarier;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// Runs a scenario (an unsaved rule set, file format as `rule-set add`) for one year and prints what it would change;
/// stores nothing. For administrators' scripts and for measuring (docs/performance.md); the page is /scenarier.
/// </summary>
internal sealed class ScenarioCommand : ICliCommand
{
    public string Name => "scenario";

    public string Usage => "scenario --year YYYY --file FILE";

    public string Summary => "what an unsaved rule set would change in one year's figures and designation (stores nothing)";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var args = context.Args;
        var aarTekst = args.Required("year");
        var fil = args.Required("file");
        args.RejectUnknown();
        if (!int.TryParse(aarTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var aar)) throw new CliUsageException($"--year must be a year; got '{aarTekst}'.");
        if (!File.Exists(fil)) throw new CliInputException($"{fil}: no such file.");
        Domain.Regler.Regelsaet scenarie;
        try
        {
            scenarie = Regelsaetfil.LaesFil(fil);
        }
        catch (RegelsaetfilException ex)
        {
            throw new CliInputException($"{fil}: {ex.Message}");
        }

        Scenarieresultat r;
        try
        {
            r = await new Scenarieberegning(context.ConnectionString).KoerAsync(scenarie, aar, null, ct);
        }
        catch (ScenarieAfvistException ex)
        {
            throw new CliInputException($"{fil}: refused: {string.Join(" ", ex.Fejl)}");
        }

        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine("kommunekode;kommune;a_i_dag;a_scenarie;b_i_dag;b_scenarie;kategori_i_dag;kategori_scenarie");
        foreach (var k in r.Aendrede)
        {
            context.Out.WriteLine(string.Join(';', k.Kommunekode.ToString(inv), k.Navn,
                Andel(k.Idag.A.Andel), Andel(k.Scenarie.A.Andel), Andel(k.Idag.B.Andel), Andel(k.Scenarie.B.Andel),
                k.Idag.Kategori.Kode(), k.Scenarie.Kategori.Kode()));
        }
        var (idag, scen) = (r.IdagLandstal, r.ScenarieLandstal);
        context.Error.WriteLine(
            $"Scenario '{scenarie.Navn}' for {aar} against {r.IdagRegelsaet.Navn}: {r.Aendrede.Count} kommune(r) change category; " +
            string.Join(", ", Enum.GetValues<Udpegningskategori>().Select(c => $"{c.Kode()} {idag.Kategorier[c]} -> {scen.Kategorier[c]}")) +
            $"; {r.Personer} persons in {r.Varighed.TotalSeconds.ToString("F1", inv)} s. Nothing was stored.");
        return CliApp.Ok;

        string Andel(double? a) => a?.ToString("F4", inv) ?? "";
    }
}
