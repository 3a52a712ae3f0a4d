// Opens many concurrent Blazor Server circuits against JobcenterTilsyn and measures page updates and server memory.
//   dotnet run --project tools/JobcenterTilsyn.LoadTest -c Release -- --base http://127.0.0.1:5000 --cookie "jt.login=..."
//     [--circuits 500] [--ramp 25] [--updates 5] [--pause 2] [--active N] [--pid APP_PID] [--path /kommune/{kode}]
//     [--paths "/?maaned=2025-12,/?maaned=2025-11"] [--settle 10] [--hold S] [--every S]
// scripts/load/circuits.sh signs in and runs it. See docs/performance.md.
using System.Diagnostics;
using System.Globalization;
using JobcenterTilsyn.LoadTest;

var options = Options.Parse(args);
var baseUri = new Uri(options.Base.TrimEnd('/') + "/");
short[] kommuner = [101, 147, 151, 153, 155, 157, 159, 161, 163, 165, 167, 169, 173, 175, 183, 185, 187, 190, 201, 210, 217, 219, 223, 230,
    240, 250, 253, 259, 260, 265, 269, 270, 306, 316, 320, 326, 329, 330, 336, 340, 350, 360, 370, 376, 390, 400, 410, 420, 430, 440,
    450, 461, 479, 480, 482, 492, 510, 530, 540, 550, 561, 563, 573, 575, 580, 607, 615, 621, 630, 657, 661, 665, 671, 706, 707, 710,
    727, 730, 740, 741, 746, 751, 756, 760, 766, 773, 779, 787, 791, 810, 813, 820, 825, 840, 846, 849, 851, 860];
// --paths: the circuits open and navigate between these pages in turn (the Overblik: its months); otherwise --path
// with {kode} replaced by one kommune after another.
string PathOf(int n) => options.Paths is { Length: > 0 } paths
    ? paths[n % paths.Length]
    : options.Path.Replace("{kode}", kommuner[n % kommuner.Length].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

using var http = Circuit.CreateHttp(baseUri, options.Cookie);
var baseline = Memory.Rss(options.Pid);
Console.WriteLine($"Opening {options.Circuits} circuits on {(options.Paths is { Length: > 0 } p ? string.Join(" | ", p) : options.Path)} at {options.Ramp}/s; app RSS before: {Memory.Mb(baseline)}");

var circuits = new List<Circuit>();
var startTimes = new List<double>();
var failures = 0;
using var cts = new CancellationTokenSource();
var opening = new List<Task>();
var clock = Stopwatch.StartNew();
for (var i = 0; i < options.Circuits; i++)
{
    var n = i;
    opening.Add(Task.Run(async () =>
    {
        var circuit = new Circuit(baseUri, options.Cookie);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await circuit.StartAsync(http, PathOf(n), cts.Token);
            lock (circuits) { circuits.Add(circuit); startTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds); }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cts.IsCancellationRequested)
        {
            if (Interlocked.Increment(ref failures) <= 5) Console.Error.WriteLine($"circuit {n}: {e.GetType().Name}: {e.Message}");
            await circuit.DisposeAsync();
        }
    }));
    await Task.Delay(TimeSpan.FromSeconds(1.0 / options.Ramp));
}
await Task.WhenAll(opening);
Console.WriteLine($"Open: {circuits.Count} circuits ({failures} failed) in {clock.Elapsed.TotalSeconds:F0} s; "
    + $"time to first render batch p50 {Stats.P(startTimes, 50):F0} ms, p95 {Stats.P(startTimes, 95):F0} ms");

// Let the server settle (first-render JS interop, GC) before reading its memory.
await Task.Delay(TimeSpan.FromSeconds(options.Settle));
var held = Memory.Rss(options.Pid);
if (baseline > 0 && circuits.Count > 0)
{
    Console.WriteLine($"App RSS with {circuits.Count} circuits: {Memory.Mb(held)} = {Memory.Mb((held - baseline) / circuits.Count)} per circuit over the {Memory.Mb(baseline)} before");
}

// Page updates: every active circuit (all, or the first --active N) navigates to another page, `updates` times,
// with a random pause between; the others stay open and idle.
var first = new List<double>();
var settled = new List<double>();
var updateFailures = 0;
clock.Restart();
await Task.WhenAll(circuits.Take(options.Active).Select((circuit, n) => Task.Run(async () =>
{
    var random = new Random(n);
    // --every S: one navigation per user every S seconds from a random start (a steady N/S per second over all
    // circuits); otherwise a random pause of up to --pause seconds before each.
    var every = TimeSpan.FromSeconds(options.Every);
    var phase = TimeSpan.FromMilliseconds(random.Next(0, (int)(Math.Max(options.Every, 0.001) * 1000)));
    var begun = Stopwatch.GetTimestamp();
    for (var u = 0; u < options.Updates; u++)
    {
        if (options.Every > 0)
        {
            var due = phase + every * u - Stopwatch.GetElapsedTime(begun);
            if (due > TimeSpan.Zero) await Task.Delay(due);
        }
        else
        {
            await Task.Delay(random.Next(0, (int)(options.Pause * 1000)));
        }
        try
        {
            var (f, s) = await circuit.NavigateAsync(PathOf(n + 1 + u), TimeSpan.FromMilliseconds(300), cts.Token);
            lock (first) { first.Add(f.TotalMilliseconds); settled.Add(s.TotalMilliseconds); }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or HttpRequestException)
        {
            if (Interlocked.Increment(ref updateFailures) <= 5) Console.Error.WriteLine($"update: {e.GetType().Name}: {e.Message}");
        }
    }
})));
var rate = first.Count / clock.Elapsed.TotalSeconds;
Console.WriteLine($"Updates: {first.Count} navigations ({updateFailures} failed) in {clock.Elapsed.TotalSeconds:F0} s = {rate:F1}/s; "
    + $"first render batch p50 {Stats.P(first, 50):F0} ms, p95 {Stats.P(first, 95):F0} ms; "
    + $"page settled p50 {Stats.P(settled, 50):F0} ms, p95 {Stats.P(settled, 95):F0} ms, max {Stats.P(settled, 100):F0} ms");
Console.WriteLine($"Still connected: {circuits.Count(c => !c.Closed)} of {circuits.Count}; circuit errors (JS.Error): {circuits.Sum(c => c.Errors)}; "
    + $"app RSS now {Memory.Mb(Memory.Rss(options.Pid))}");
if (options.Hold > 0)
{
    // Keeps the circuits open, for a look at the server from outside (dotnet-gcdump, dotnet-counters).
    Console.WriteLine($"Holding {circuits.Count} circuits for {options.Hold} s");
    await Task.Delay(TimeSpan.FromSeconds(options.Hold));
}
await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
return failures == 0 && updateFailures == 0 ? 0 : 1;

namespace JobcenterTilsyn.LoadTest
{
    internal sealed record Options(string Base, string Cookie, int Circuits, double Ramp, int Updates, double Pause, int Pid, string Path, int Settle, int Active, string[]? Paths, int Hold, double Every)
    {
        public static Options Parse(string[] args)
        {
            string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            double Number(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new Options(
                Get("--base") ?? "http://127.0.0.1:5000",
                Get("--cookie") ?? throw new ArgumentException("--cookie \"jt.login=...\" is required (scripts/load/circuits.sh signs in for you)"),
                (int)Number("--circuits", 500), Number("--ramp", 25), (int)Number("--updates", 5), Number("--pause", 2),
                (int)Number("--pid", 0), Get("--path") ?? "/kommune/{kode}", (int)Number("--settle", 10),
                (int)Number("--active", int.MaxValue),
                Get("--paths")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                (int)Number("--hold", 0), Number("--every", 0));
        }
    }

    internal static class Memory
    {
        /// <summary>Resident set size of a local process in bytes (VmRSS in /proc/PID/status); 0 when no pid was given.</summary>
        public static long Rss(int pid)
        {
            if (pid <= 0) return 0;
            var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }

        public static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");
    }

    internal static class Stats
    {
        public static double P(List<double> values, double percentile)
        {
            if (values.Count == 0) return double.NaN;
            var sorted = values.Order().ToList();
            var index = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
        }
    }
}
