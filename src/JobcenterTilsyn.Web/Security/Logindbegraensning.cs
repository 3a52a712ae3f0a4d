using System.Globalization;
using System.Threading.RateLimiting;
using JobcenterTilsyn.Web.Extensions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Security;

/// <summary>How many sign-in attempts are allowed, per client IP and per account (section <c>Logind:Begraensning</c>).</summary>
public sealed class Logindgraenser
{
    public const string Sektion = "Logind:Begraensning";

    /// <summary>Attempts from one IP address per <see cref="Vindue"/>; generous, as a whole jobcenter may share one address.</summary>
    public int PrIp { get; set; } = 50;

    /// <summary>Attempts on one e-mail per <see cref="Vindue"/>, from all addresses together.</summary>
    public int PrKonto { get; set; } = 10;

    public TimeSpan Vindue { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form's POST: a fixed window per client IP and one per account (the
/// e-mail typed), so nobody can try passwords at machine speed. A refused attempt gets 429 with Retry-After and
/// never reaches the password check, so it neither costs a hash nor counts towards the account's lockout. The windows
/// are per instance on purpose; the shared limit is Identity's lockout in the database (operations.md, "More than one instance").
/// </summary>
public static class Logindbegraensning
{
    public static WebApplicationBuilder AddLogindbegraensning(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<Logindgraenser>(builder.Configuration.GetSection(Logindgraenser.Sektion));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    ErLogind(http) ? Vindue("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "ukendt"), http, g => g.PrIp)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    ErLogind(http) && Konto(http) is { } konto ? Vindue("konto:" + konto, http, g => g.PrKonto)
                    : RateLimitPartition.GetNoLimiter("")));
            options.OnRejected = AfvisAsync;
        });
        return builder;
    }

    public static WebApplication UseLogindbegraensning(this WebApplication app)
    {
        // The partitioner runs synchronously: the form (and the e-mail in it) is read here first, then cached.
        app.Use(async (http, next) =>
        {
            if (ErLogind(http) && http.Request.HasFormContentType) await http.Request.ReadFormAsync(http.RequestAborted);
            await next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    private static bool ErLogind(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(AuthExtensions.LogIndSti, StringComparison.OrdinalIgnoreCase);

    private static string? Konto(HttpContext http) =>
        http.Request.HasFormContentType && http.Request.Form["Input.Email"].ToString().Trim() is { Length: > 0 } email
            ? email.ToUpperInvariant()
            : null;

    private static RateLimitPartition<string> Vindue(string noegle, HttpContext http, Func<Logindgraenser, int> antal)
    {
        var graenser = http.RequestServices.GetRequiredService<IOptions<Logindgraenser>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(noegle, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, antal(graenser)),
            Window = graenser.Vindue,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask AfvisAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var sekunder = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var vent) ? Math.Max(1, (int)Math.Ceiling(vent.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = sekunder.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Logindbegraensning)).LogWarning(
            "Sign-in attempt refused by rate limiting from {Ip} for {Bruger}; retry after {Sekunder} s",
            http.Connection.RemoteIpAddress?.ToString() ?? "ukendt", Konto(http) is not null ? http.Request.Form["Input.Email"].ToString().Trim() : "", sekunder);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>For mange forsøg · JobcenterTilsyn</title></head>" +
            $"<body><h1>For mange forsøg</h1><p>For mange forsøg på at logge ind. Vent {sekunder} sekunder, og prøv igen.</p>" +
            $"<p><a href=\"{AuthExtensions.LogIndSti}\">Tilbage til log ind</a></p></body></html>", ct);
    }
}
