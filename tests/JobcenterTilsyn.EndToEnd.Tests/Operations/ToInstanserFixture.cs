using System.Diagnostics;
using System.Net;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.EndToEnd.Tests.Operations;

/// <summary>
/// Two instances of the app on one database, behind nginx configured by <c>scripts/balancer.sh</c> (the same
/// configuration <c>scripts/two-instances.sh</c> uses): the production shape of more than one web server.
/// <see cref="Mangler"/> says why not, when nginx is missing and cannot be installed.
/// </summary>
public sealed class ToInstanserFixture : IAsyncLifetime
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("jt-balancer.").FullName;
    private Process? _nginx;

    public TestDatabase Database { get; } = new();

    public Testbrugere Brugere { get; private set; } = null!;

    /// <summary>The instances by the port they listen on; <see cref="StopAsync"/> takes one away.</summary>
    public Dictionary<int, Instans> Instanser { get; } = [];

    /// <summary>Where nginx listens.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Why the balancer could not start (nginx not installable), or null.</summary>
    public string? Mangler { get; private set; }

    public async Task InitializeAsync()
    {
        var rod = Repositorium();
        if (await Bash(rod, "source scripts/balancer.sh && balancer_ensure_installed") is { } fejl)
        {
            Mangler = $"nginx is not installed and could not be installed ({fejl.Trim()}); the load balancer test needs it.";
            return;
        }
        await Database.InitializeAsync();
        Brugere = await Testbrugere.OpretAsync(Database.ConnectionString);
        for (var i = 0; i < 2; i++)
        {
            var instans = new Instans(Database.ConnectionString);
            Instanser[instans.Port] = instans;
        }
        var port = FriPort();
        var porte = string.Join(' ', Instanser.Keys);
        // Not daemonised and in the foreground of this process, so it dies with the test run.
        if (await Bash(rod, $"source scripts/balancer.sh && mkdir -p '{_mappe}/tmp' && chmod 755 '{_mappe}' && balancer_conf '{_mappe}' {port} {porte} && nginx -t -q -c '{_mappe}/nginx.conf' -p '{_mappe}' -e '{_mappe}/error.log'") is { } konf)
        {
            throw new InvalidOperationException("The nginx configuration from scripts/balancer.sh is refused: " + konf);
        }
        _nginx = Process.Start(new ProcessStartInfo("nginx", ["-c", $"{_mappe}/nginx.conf", "-p", _mappe, "-e", $"{_mappe}/error.log", "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var forsoeg = 0; ; forsoeg++)
        {
            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) when (forsoeg < 50)
            {
            }
            if (forsoeg >= 50) throw new InvalidOperationException("nginx did not answer /health: " + File.ReadAllText($"{_mappe}/error.log"));
            await Task.Delay(200);
        }
    }

    /// <summary>Stops the instance on <paramref name="port"/> as a redeploy or a crash would take it away.</summary>
    public async Task StopAsync(int port)
    {
        await Instanser[port].DisposeAsync();
        Instanser.Remove(port);
    }

    public string NginxFejllog => File.Exists($"{_mappe}/error.log") ? File.ReadAllText($"{_mappe}/error.log") : "";

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            // The whole tree: killing only the master would leave its worker process behind.
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }
        foreach (var instans in Instanser.Values) await instans.DisposeAsync();
        if (Mangler is null) await Database.DisposeAsync();
        Directory.Delete(_mappe, recursive: true);
    }

    private static int FriPort()
    {
        using var lytter = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        lytter.Start();
        return ((IPEndPoint)lytter.LocalEndpoint).Port;
    }

    private static string Repositorium()
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            if (File.Exists(Path.Combine(mappe.FullName, "scripts", "balancer.sh"))) return mappe.FullName;
        }
        throw new InvalidOperationException("scripts/balancer.sh not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a bash command in the repository; null when it succeeded, else its output.</summary>
    private static async Task<string?> Bash(string mappe, string kommando)
    {
        using var p = Process.Start(new ProcessStartInfo("bash", ["-c", kommando])
        {
            WorkingDirectory = mappe,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var ud = p.StandardOutput.ReadToEndAsync();
        var fejl = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return p.ExitCode == 0 ? null : await ud + await fejl;
    }

    /// <summary>One app instance on Kestrel at a free loopback port, trusting the balancer's X-Forwarded-For.</summary>
    public sealed class Instans : WebApplicationFactory<Program>
    {
        private readonly string _forbindelse;

        public Instans(string forbindelse)
        {
            _forbindelse = forbindelse;
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            StartServer();
            var adresse = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            Port = new Uri(adresse).Port;
        }

        public int Port { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", _forbindelse)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning")
            .UseSetting("ForwardedHeaders:KnownProxies", "127.0.0.1")
            .UseSetting("Shutdown:TimeoutSeconds", "2")
            .UseSetting("Logind:Begraensning:PrIp", "100000")
            .UseSetting("Logind:Begraensning:PrKonto", "100000");
    }
}
