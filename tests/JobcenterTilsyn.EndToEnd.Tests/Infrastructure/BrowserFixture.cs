using JobcenterTilsyn.Testing;
using Microsoft.Playwright;

namespace JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run (Playwright cannot download its own browser here, so it drives the
/// system's: <c>JT_CHROMIUM</c>, default /usr/bin/chromium). Each test opens its own isolated session.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "JT_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {chromium}: install it (apt-get install -y chromium) or point {ChromiumVariable} at it.");
        }
        // The first render includes JIT and the circuit start-up; the default 5 s is tight on a busy 2-core machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies, da-DK, 1400×900) on <paramref name="app"/>.</summary>
    public Task<BrowserSession> OpenSessionAsync(AppServerFixture app) => OpenSessionAsync(app.BaseAddress, app.Brugere);

    /// <summary>The same on any address, e.g. a load balancer in front of several instances.</summary>
    public async Task<BrowserSession> OpenSessionAsync(Uri baseAddress, Testbrugere brugere)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(context, await context.NewPageAsync(), brugere);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
