using System.Collections.Concurrent;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>
/// The composed app in memory over a real, migrated database with the test users and one case per test
/// municipality (København's with a PDF attachment). Log events are captured for assertions.
/// </summary>
public class SikretApp : IAsyncLifetime
{
    public static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private WebApplicationFactory<Program> _factory = null!;

    public TestDatabase Database { get; } = new();

    public Testbrugere Brugere { get; private set; } = null!;

    /// <summary>The case of <see cref="Testbrugere.ChefensKommune"/> and its attachment.</summary>
    public long SagId { get; private set; }

    public long BilagId { get; private set; }

    /// <summary>The case of <see cref="Testbrugere.AndenKommune"/>.</summary>
    public long AndenSagId { get; private set; }

    public ConcurrentQueue<LogEvent> Log { get; } = new();

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Brugere = await Testbrugere.OpretAsync(Database.ConnectionString);
        (SagId, BilagId) = await OpretSagAsync(Testbrugere.ChefensKommune, medBilag: true);
        (AndenSagId, _) = await OpretSagAsync(Testbrugere.AndenKommune, medBilag: false);

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => Konfigurer(host
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", Database.ConnectionString)
            .UseSetting("Serilog:MinimumLevel:Default", "Information")
            // The tests sign in far more often than a person; LogindbegraensningTests checks the limits themselves.
            .UseSetting("Logind:Begraensning:PrIp", "100000")
            .UseSetting("Logind:Begraensning:PrKonto", "100000")
            .ConfigureServices(services => services.AddSingleton<ILogEventSink>(new Opsamler(Log)))
            .ConfigureServices(services => services.AddSingleton<IStartupFilter>(new TestklientIp()))
));
    }

    /// <summary>Settings of a derived fixture, applied after the ones above.</summary>
    protected virtual void Konfigurer(IWebHostBuilder host)
    {
    }

    /// <summary>The test server has no client address: a request may state one in this header (tests only).</summary>
    public const string KlientIpHeader = "X-Test-Klient-Ip";

    private sealed class TestklientIp : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, videre) =>
            {
                if (System.Net.IPAddress.TryParse(http.Request.Headers[KlientIpHeader].ToString(), out var ip)) http.Connection.RemoteIpAddress = ip;
                return videre(http);
            });
            next(app);
        };
    }

    private readonly Dictionary<Som, HttpClient> _klienter = [];

    public Testbruger? Bruger(Som som) => som switch
    {
        Som.Anonym => null,
        Som.Analytiker => Brugere.Analytiker,
        Som.Chef => Brugere.Chef,
        Som.AndenChef => Brugere.AndenChef,
        Som.Admin => Brugere.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(som)),
    };

    /// <summary>One signed-in client per role, shared by the tests of a class (signing in hashes a password: slow on purpose).</summary>
    public async Task<HttpClient> KlientAsync(Som som)
    {
        if (!_klienter.TryGetValue(som, out var client))
        {
            client = await KlientAsync(Bruger(som));
            _klienter[som] = client;
        }
        return client;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in as <paramref name="bruger"/> (null: anonymous).</summary>
    public async Task<HttpClient> KlientAsync(Testbruger? bruger)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (bruger is not null) await HttpLogind.LogIndAsync(client, bruger);
        return client;
    }

    /// <summary>A client that neither keeps nor sends cookies by itself (the test sets the Cookie header) and does not follow redirects.</summary>
    public HttpClient KlientUdenCookies() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task DisposeAsync()
    {
        foreach (var client in _klienter.Values) client.Dispose();
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task<(long SagId, long BilagId)> OpretSagAsync(short kommunekode, bool medBilag)
    {
        var nu = DateTimeOffset.UtcNow;
        await using var db = Database.CreateContext();
        db.Add(new UdpegningEntity
        {
            Aar = 2025, Kommunekode = kommunekode, Kategori = "udpeget", ResultatKriterie = true, IndsatsKriterie = true,
            Rang = 90, AntalKommuner = 98, Regelsaet = "OEVO-2024", GraenseA = 0.7, GraenseB = 0.8, Beregnet = nu,
        });
        await db.SaveChangesAsync();
        var admin = new Aktoer("admin@test.dk", Rolle.Administrator);
        var aabnet = await TilsynssagStore.AabnAsync(db, kommunekode, 2025, "Udpeget", admin, Fristregler.Standard, nu);
        if (!medBilag) return (aabnet.SagId!.Value, 0);
        var chef = new Aktoer($"chef.{kommunekode}@test.dk", Rolle.Jobcenterchef, kommunekode);
        await TilsynssagStore.UdfoerAsync(db, aabnet.SagId!.Value, aabnet.Version!.Value, new IndsendRedegoerelse("Redegørelse"), chef,
            [new NytBilag("redegoerelse.pdf", "application/pdf", Pdf)], nu);
        var sag = (await TilsynssagStore.HentAsync(db, aabnet.SagId.Value))!;
        return (sag.Id, sag.Bilag.Single().Id);
    }

    private sealed class Opsamler(ConcurrentQueue<LogEvent> log) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => log.Enqueue(logEvent);
    }
}
