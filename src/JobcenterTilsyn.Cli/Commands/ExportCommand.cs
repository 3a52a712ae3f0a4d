using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>The machine-readable exports of data-contract.md, byte for byte what the HTTP API serves.</summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public string Usage =>
        "export measures --month YYYY-MM | benchmark --year YYYY | benchmark --period YYYY-MM..YYYY-MM | designation --year YYYY"
        + " | outlook --month YYYY-MM | forecast --month YYYY-MM [--out FILE]";

    public string Summary => "writes an export to FILE or standard output";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var args = context.Args;
        if (args.Positional.Count != 1) throw new CliUsageException("Name exactly one export: measures, benchmark, designation, outlook or forecast.");
        Func<TilsynDbContext, TextWriter, Task> skriv = args.Positional[0] switch
        {
            "measures" => MaalSkriver(ComputeCommand.ParseMaaned(args.Required("month"), "--month"), ct),
            "benchmark" => BenchmarkSkriver(BenchmarkPeriode(args), ct),
            "designation" => UdpegningSkriver(ParseAar(args.Required("year")), ct),
            "outlook" => UdsigtSkriver(ComputeCommand.ParseMaaned(args.Required("month"), "--month"), ct),
            "forecast" => PrognoseSkriver(ComputeCommand.ParseMaaned(args.Required("month"), "--month"), ct),
            _ => throw new CliUsageException($"Unknown export '{args.Positional[0]}' (known: measures, benchmark, designation, outlook, forecast)."),
        };
        var ud = args.Optional("out");
        args.RejectUnknown();

        await using var db = new TilsynDbContext(DbContextOptionsSetup.For(context.ConnectionString));
        try
        {
            if (ud is null)
            {
                await skriv(db, context.Out);
                return CliApp.Ok;
            }

            // Written to a temporary file first, so a failed export never leaves half a file behind.
            var tmp = ud + ".tmp";
            try
            {
                await using (var writer = new StreamWriter(tmp, append: false, CsvWriter.Utf8UdenBom))
                {
                    await skriv(db, writer);
                }
                File.Move(tmp, ud, overwrite: true);
            }
            finally
            {
                File.Delete(tmp);
            }
            return CliApp.Ok;
        }
        catch (IngenResultaterException ex)
        {
            throw new CliInputException(ex.Message);
        }
    }

    private static int ParseAar(string tekst) =>
        Maaleperiode.TryParseAar(tekst, out var aar)
            ? aar : throw new CliUsageException($"--year '{tekst}' is not a year of the form YYYY.");

    /// <summary>Exactly one of --year YYYY or --period YYYY-MM..YYYY-MM, parsed as the HTTP APIs parse year and period.</summary>
    private static Maaleperiode BenchmarkPeriode(CliArguments args)
    {
        var aar = args.Optional("year");
        var periode = args.Optional("period");
        if (aar is null && periode is null)
            throw new CliUsageException("Give the benchmark export exactly one of --year YYYY or --period YYYY-MM..YYYY-MM.");
        return Maaleperiode.TryParseAarEllerPeriode(aar, periode, out var p, out var fejl)
            ? p : throw new CliUsageException($"--{fejl!.Value.Parameter} '{(fejl.Value.Parameter == "year" ? aar : periode)}' must be {fejl.Value.Forventet}.");
    }

    private static Func<TilsynDbContext, TextWriter, Task> BenchmarkSkriver(Maaleperiode periode, CancellationToken ct) =>
        (db, w) => BenchmarkExport.SkrivAsync(db, periode, w, ct);

    private static Func<TilsynDbContext, TextWriter, Task> UdpegningSkriver(int aar, CancellationToken ct) =>
        (db, w) => UdpegningExport.SkrivAsync(db, aar, w, ct);

    private static Func<TilsynDbContext, TextWriter, Task> UdsigtSkriver(Domain.Tid.Maaned statusmaaned, CancellationToken ct) =>
        (db, w) => UdsigtExport.SkrivAsync(db, statusmaaned, w, ct);

    private static Func<TilsynDbContext, TextWriter, Task> PrognoseSkriver(Domain.Tid.Maaned statusmaaned, CancellationToken ct) =>
        (db, w) => PrognoseExport.SkrivAsync(db, statusmaaned, w, ct);

    private static Func<TilsynDbContext, TextWriter, Task> MaalSkriver(Domain.Tid.Maaned maaned, CancellationToken ct) =>
        (db, w) => MaalExport.SkrivAsync(db, maaned, w, ct);
}
