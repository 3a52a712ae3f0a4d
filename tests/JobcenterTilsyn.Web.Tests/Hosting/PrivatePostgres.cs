using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JobcenterTilsyn.Web.Tests.Hosting;

/// <summary>
/// A PostgreSQL server of one test's own (a fresh cluster in a temp folder, on a free port), so the test may stop
/// and start it without disturbing the shared test server. Runs as the 'postgres' user when the tests run as root,
/// as scripts/postgres.sh does.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly string _data;

    private PrivatePostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
    }

    public int Port { get; }

    /// <summary>The maintenance database; short timeouts so a stopped server is noticed at once.</summary>
    public string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=3";

    public static async Task<PrivatePostgres> CreateAsync()
    {
        var bin = Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } b ? b
            : Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")).Last(d => File.Exists(Path.Combine(d, "initdb")));
        var folder = Directory.CreateTempSubdirectory("jt-private-pg-").FullName;
        var server = new PrivatePostgres(bin, folder, FreePort());
        if (Environment.UserName == "root") await ExecAsync("chown", ["postgres", folder]);
        await server.RunAsync("initdb", "-D", server._data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8");
        await server.StartAsync();
        return server;
    }

    public Task StartAsync() => RunAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1", "start");

    /// <summary>Immediate mode: the server stops as if it crashed; committed data must survive through the WAL.</summary>
    public Task CrashAsync() => RunAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_folder, recursive: true);
    }

    private Task RunAsync(string tool, params string[] args) => AsPostgresAsync(Path.Combine(_bin, tool), args);

    private static async Task AsPostgresAsync(string file, params string[] args)
    {
        if (Environment.UserName == "root") await ExecAsync("runuser", ["-u", "postgres", "--", file, .. args]);
        else await ExecAsync(file, args);
    }

    private static async Task ExecAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
