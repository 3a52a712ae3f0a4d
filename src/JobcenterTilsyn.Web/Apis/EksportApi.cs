using System.Globalization;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Apis;

/// <summary>
/// The machine-readable exports of data-contract.md over HTTP: the same writers as the CLI's `export`,
/// so both give the same bytes. Missing figures are 404 problem details, malformed parameters 400.
/// </summary>
public static class EksportApi
{
    private const string CsvContentType = "text/csv; charset=utf-8";

    public static RouteGroupBuilder MapEksportApi(this IEndpointRouteBuilder app)
    {
        // Exact figures, small counts included: the contract format has no way to show a hidden figure, so only
        // administrators get these (rules.md §10); the other roles read the same figures with discretion in the UI.
        var api = app.MapGroup("/api").WithTags("Eksport").RequireAuthorization(Politikker.Administrator);

        api.MapGet("/measures", (string? month, IDbContextFactory<TilsynDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
                Maaned.TryParse(month, out var maaned)
                    ? Csv(http, $"measures_{maaned}.csv", dbFactory, (db, w) => MaalExport.SkrivAsync(db, maaned, w, ct), ct)
                    : Task.FromResult(Ugyldig("month", month, "a month YYYY-MM")))
            .WithSummary("Fokusmål and indicators of one month (CSV, data-contract `measures`)");

        api.MapGet("/benchmark", (string? year, string? period, IDbContextFactory<TilsynDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
                Maaleperiode.TryParseAarEllerPeriode(year, period, out var p, out var fejl)
                    ? Csv(http, $"benchmark_{p}.csv", dbFactory, (db, w) => BenchmarkExport.SkrivAsync(db, p, w, ct), ct)
                    : Task.FromResult(Ugyldig(fejl!.Value.Parameter, fejl.Value.Parameter == "year" ? year : period, fejl.Value.Forventet)))
            .WithSummary("Result benchmark of one year (?year=YYYY) or rolling period (?period=YYYY-MM..YYYY-MM) (CSV, data-contract `benchmark`)");

        api.MapGet("/designation", (string? year, IDbContextFactory<TilsynDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
                Maaleperiode.TryParseAar(year, out var aar)
                    ? Csv(http, $"designation_{aar}.csv", dbFactory, (db, w) => UdpegningExport.SkrivAsync(db, aar, w, ct), ct)
                    : Task.FromResult(Ugyldig("year", year, "a year YYYY")))
            .WithSummary("Designation of one year (CSV, data-contract `designation`)");

        api.MapGet("/outlook", (string? month, IDbContextFactory<TilsynDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
                Maaned.TryParse(month, out var maaned)
                    ? Csv(http, $"outlook_{maaned}.csv", dbFactory, (db, w) => UdsigtExport.SkrivAsync(db, maaned, w, ct), ct)
                    : Task.FromResult(Ugyldig("month", month, "a month YYYY-MM")))
            .WithSummary("Outlook of the three months after one status month (CSV, data-contract `outlook`)");

        // A month the forecast pools that is not computed is a 404 naming the months, like any missing figure.
        api.MapGet("/forecast", (string? month, IDbContextFactory<TilsynDbContext> dbFactory, HttpContext http, CancellationToken ct) =>
                Maaned.TryParse(month, out var maaned)
                    ? Csv(http, $"forecast_{maaned}.csv", dbFactory, (db, w) => PrognoseExport.SkrivAsync(db, maaned, w, ct), ct)
                    : Task.FromResult(Ugyldig("month", month, "a month YYYY-MM")))
            .WithSummary("Forecast of the year's designation as of one status month (CSV, data-contract `forecast`)");

        return api;
    }

    private static async Task<IResult> Csv(
        HttpContext http, string filnavn, IDbContextFactory<TilsynDbContext> dbFactory, Func<TilsynDbContext, TextWriter, Task> skriv, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Written to memory first: a missing result must become a 404, not a half-sent 200.
        var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            await skriv(db, buffer);
        }
        catch (IngenResultaterException ex)
        {
            return Results.Problem(title: "Not found", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{filnavn}\"";
        return Results.Bytes(CsvWriter.Utf8UdenBom.GetBytes(buffer.ToString()), CsvContentType);
    }

    private static IResult Ugyldig(string parameter, string? vaerdi, string forventet) =>
        Results.Problem(
            title: "Invalid parameter",
            detail: $"'{parameter}' must be {forventet}; got '{vaerdi}'.",
            statusCode: StatusCodes.Status400BadRequest);
}
