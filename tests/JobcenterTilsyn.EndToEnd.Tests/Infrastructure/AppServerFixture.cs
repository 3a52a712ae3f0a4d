using System.Net;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, against its own throwaway, migrated database (the 98
/// kommuner seeded, and the users of <see cref="Brugere"/>). One per test run, shared by every test in <see cref="AppCollection"/>: tests that add
/// data should add their own rows (e.g. under fresh codes) and not count on an empty database.
/// </summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    /// <summary>The app's database; <see cref="TestDatabase.CreateContext"/> arranges or checks data directly.</summary>
    public TestDatabase Database { get; } = new();

    /// <summary>
    /// One user per role (and a second manager, of Aalborg) with random passwords; sign in with
    /// <see cref="BrowserSession.SignInAsync(JobcenterTilsyn.Domain.Adgang.Rolle)"/>.
    /// </summary>
    public Testbrugere Brugere { get; private set; } = null!;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's own services (e.g. to resolve an IDbContextFactory or a domain service).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Brugere = await Testbrugere.OpretAsync(Database.ConnectionString);
        var factory = new TilsynAppFactory(Database.ConnectionString);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        _factory = factory;

        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class TilsynAppFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            // Development serves static assets (MudBlazor's too) straight from the build, without a publish.
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", connectionString)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning")
            // Every test signs in through the form, all from 127.0.0.1: far more than the sign-in rate limit allows a person.
            .UseSetting("Logind:Begraensning:PrIp", "100000")
            .UseSetting("Logind:Begraensning:PrKonto", "100000");
    }
}
