using System.Globalization;
using JobcenterTilsyn.Cli.Generate;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;
using Npgsql;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// <c>demo-data</c>: on an empty database, generates the demo data set, imports it and computes every month of
/// it, so a new user sees real-looking figures at once. Does nothing when data has been imported before.
/// </summary>
internal sealed class DemoDataCommand : ICliCommand
{
    public string Name => "demo-data";

    public string Usage => "demo-data [--scale national|small|national10] [--seed N]";

    public string Summary => "loads the generated demo data set into an empty database (generate, import, compute)";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var scaleNavn = context.Args.Optional("scale") ?? "national";
        var scale = DemoScale.FraNavn(scaleNavn) ?? throw new CliUsageException($"--scale '{scaleNavn}' is not national, small or national10.");
        var seedTekst = context.Args.Optional("seed") ?? "1";
        if (!ulong.TryParse(seedTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            throw new CliUsageException($"--seed '{seedTekst}' is not a whole number.");
        context.Args.RejectUnknown();

        if (await HarImporteretDataAsync(context.ConnectionString, ct))
        {
            context.Out.WriteLine("Data has been imported before: the demo data set is not loaded again.");
            return CliApp.Ok;
        }

        var mappe = Path.Combine(Path.GetTempPath(), "jobcentertilsyn-demo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            context.Out.WriteLine($"Generating the {scale.Navn} demo data set (seed {seed})");
            var summary = DemoDataGenerator.Generer(mappe, seed, scale, ct);
            context.Out.WriteLine($"  {summary.Personer:N0} persons in {summary.Tid.TotalSeconds:F1} s");

            var importer = new Importer(context.ConnectionString,
                new PseudonymizationOptions { Key = context.Configuration[PseudonymizationOptions.ConfigurationKey] });
            foreach (var fil in ImportFiles.InFolder(mappe).Files)
            {
                var resultat = await importer.ImportFileAsync(fil.Path, ImportMode.Append, "demo-data", null, ct);
                if (!resultat.Succeeded) throw new CliInputException($"The demo file {Path.GetFileName(fil.Path)} was not imported: {resultat.Message}");
                context.Out.WriteLine($"  imported {Path.GetFileName(fil.Path)}: {resultat.RowsInserted:N0} rows in {resultat.Elapsed.TotalSeconds:F1} s");
            }

            var fra = new Maaned(DemoPeriode.FoersteAar, 1);
            var til = new Maaned(DemoPeriode.SidsteAar, 12);
            context.Out.WriteLine($"Computing {fra}..{til}");
            var beregning = await new Beregningskoersel(context.ConnectionString).KoerAsync(fra, til, "demo-data", null, ct);
            context.Out.WriteLine($"  {beregning.Maalresultater:N0} monthly results and {beregning.Aar.Count} year(s) in {beregning.Varighed.TotalSeconds:F1} s");
            return CliApp.Ok;
        }
        finally
        {
            if (Directory.Exists(mappe)) Directory.Delete(mappe, recursive: true);
        }
    }

    private static async Task<bool> HarImporteretDataAsync(string connectionString, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM ydelsesperiode)", conn);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
