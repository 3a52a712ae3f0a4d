using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace JobcenterTilsyn.LoadTest;

/// <summary>
/// One Blazor Server circuit as blazor.web.js opens it: fetch the prerendered page for its component markers and
/// state, connect to /_blazor, StartCircuit, UpdateRootComponents with the markers, then acknowledge every
/// render batch (OnRenderCompleted) and answer every JS interop call with "done, no result".
/// </summary>
internal sealed partial class Circuit(Uri baseUri, string cookie) : IAsyncDisposable
{
    private readonly object _gate = new();
    private HubConnection? _hub;
    private TaskCompletionSource _nextBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastBatchTicks;

    private static readonly bool Debug = Environment.GetEnvironmentVariable("JT_LOADTEST_DEBUG") is { Length: > 0 };

    public int Errors { get; private set; }

    public bool Closed { get; private set; }

    public static HttpClient CreateHttp(Uri baseUri, string cookie)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(120),
        };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }

    /// <summary>Opens the circuit on <paramref name="path"/>; returns when its first render batch has arrived.</summary>
    public async Task StartAsync(HttpClient http, string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(ct);
        var markers = MarkerPattern().Matches(html).Select(m => m.Groups[1].Value)
            .Where(json => json.Contains("\"descriptor\"", StringComparison.Ordinal)).ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"GET {path}: no interactive server component markers");
        var state = StatePattern().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        _hub = Connect();
        _hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        // (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType in .NET 10): only the handle matters here.
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(object), typeof(object), typeof(object), typeof(object), typeof(object)], (values, _) =>
        {
            var id = (long)values[0]!;
            if (Debug) Console.Error.WriteLine($"BeginInvokeJS {id} {values[1]} {values[2]} {values[3]} {values[4]} {values[5]}");
            return _hub.SendAsync("EndInvokeJSFromDotNet", id, true, $"[{id},true,null]");
        }, this);
        _hub.On<string>("JS.Error", e => { Errors++; if (Debug) Console.Error.WriteLine($"JS.Error {e}"); });
        // Messages a browser acts on that do not matter here.
        _hub.On("JS.AttachComponent", [typeof(object), typeof(object)], (_, _) => Task.CompletedTask, this);
        _hub.On("JS.EndUpdateRootComponents", [typeof(object)], (_, _) => Task.CompletedTask, this);
        _hub.Closed += _ => { Closed = true; return Task.CompletedTask; };

        var firstBatch = ExpectBatch();
        await _hub.StartAsync(ct);
        var circuitId = await _hub.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", "", ct);
        if (string.IsNullOrEmpty(circuitId)) throw new InvalidOperationException("StartCircuit returned no circuit id");
        // A RootComponentOperationBatch, as blazor.web.js sends it: every prerendered server component added.
        var operations = "{\"batchId\":1,\"operations\":[" + string.Join(",", markers.Select((m, i) =>
            $"{{\"type\":\"add\",\"ssrComponentId\":{i + 1},\"marker\":{m}}}")) + "]}";
        await _hub.SendAsync("UpdateRootComponents", operations, state, ct);
        await firstBatch.WaitAsync(TimeSpan.FromSeconds(60), ct);
    }

    /// <summary>
    /// Navigates in the circuit, as a click on an internal link does, and returns the time to the first render batch
    /// and to the last one before the page went quiet (no batch for <paramref name="quiet"/>).
    /// </summary>
    public async Task<(TimeSpan First, TimeSpan Settled)> NavigateAsync(string path, TimeSpan quiet, CancellationToken ct)
    {
        var hub = _hub ?? throw new InvalidOperationException("Not started");
        var start = Stopwatch.GetTimestamp();
        var first = ExpectBatch();
        await hub.SendAsync("OnLocationChanged", new Uri(baseUri, path).ToString(), null, true, ct);
        await first.WaitAsync(TimeSpan.FromSeconds(60), ct);
        var firstAt = Stopwatch.GetElapsedTime(start);
        while (true)
        {
            var seen = Interlocked.Read(ref _lastBatchTicks);
            await Task.Delay(quiet, ct);
            if (Interlocked.Read(ref _lastBatchTicks) == seen) return (firstAt, Stopwatch.GetElapsedTime(start, seen));
        }
    }

    private HubConnection Connect()
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), o =>
            {
                o.Headers["Cookie"] = cookie;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            })
            .WithServerTimeout(TimeSpan.FromMinutes(5));
        if (Debug)
        {
            builder.Services.AddLogging(logging => logging.AddProvider(new ConsoleDebugLogger()).SetMinimumLevel(LogLevel.Trace));
        }
        // The protocol must be replaced in the connection's own services.
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        return builder.Build();
    }

    private Task ExpectBatch()
    {
        lock (_gate)
        {
            _nextBatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextBatch.Task;
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        Interlocked.Exchange(ref _lastBatchTicks, Stopwatch.GetTimestamp());
        lock (_gate) _nextBatch.TrySetResult();
        await _hub!.SendAsync("OnRenderCompleted", batchId, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex StatePattern();
}
