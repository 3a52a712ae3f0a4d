using System.Globalization;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// <c>backtest</c>: the error of the outlook's projected share (har_tilbud ÷ naevner) against the share later
/// measured, over every municipality, per goal and horizon: the figures docs/forecast-accuracy.md records.
/// </summary>
internal sealed class BacktestCommand : ICliCommand
{
    public string Name => "backtest";

    public string Usage => "backtest";

    public string Summary => "prints the mean absolute error of the outlook's projected share against the measured share";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        context.Args.RejectUnknown();
        await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
        var fejl = await EfterproevningQuery.FejlAsync(db, ct);
        if (fejl.Count == 0)
        {
            context.Error.WriteLine("No outlook month has been measured yet: compute at least two consecutive months first.");
            return CliApp.InvalidInput;
        }
        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine("goal;horizon_months;status_months;pairs;mae_pt;mean_error_pt");
        foreach (var f in fejl)
        {
            context.Out.WriteLine(string.Join(';', f.Maal.Kode(), f.Horisont.ToString(inv), $"{f.Fra}..{f.Til}", f.Fejl.Antal.ToString(inv),
                (f.Fejl.MiddelAbsolutFejl * 100).ToString("F2", inv), (f.Fejl.MiddelFejl * 100).ToString("F2", inv)));
        }
        return CliApp.Ok;
    }
}
