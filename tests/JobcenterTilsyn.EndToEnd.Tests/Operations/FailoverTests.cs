using JobcenterTilsyn.Data;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Operations;

/// <summary>
/// Two instances behind nginx: the instance holding a signed-in user's circuit goes away, and the browser carries
/// on with the other one, still signed in (the data-protection keys are in PostgreSQL) and without an error page.
/// </summary>
public sealed class FailoverTests(ToInstanserFixture instanser, BrowserFixture browser) : IClassFixture<ToInstanserFixture>, IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task When_the_instance_holding_the_circuit_stops_the_user_continues_on_the_other_still_signed_in()
    {
        Skip.If(instanser.Mangler is not null, instanser.Mangler);
        foreach (var instans in instanser.Instanser.Values)
        {
            var noegler = instans.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            noegler.Should().BeOfType<EntityFrameworkCoreXmlRepository<TilsynDbContext>>("each instance must read the key ring from the shared database");
        }

        await using var session = await browser.OpenSessionAsync(instanser.BaseAddress, instanser.Brugere);
        await session.SignInAsync(Rolle.Analytiker);
        var svar = await session.Page.GotoAsync("kommuner");
        await session.WaitUntilInteractiveAsync();
        await Expect(session.ByTestId("kommuner-antal")).ToContainTextAsync("98");
        var holder = Port(svar!);
        instanser.Instanser.Keys.Should().Contain(holder);
        var anden = instanser.Instanser.Keys.Single(p => p != holder);
        await using (var db = instanser.Database.CreateContext())
        {
            (await db.DataProtectionKeys.CountAsync()).Should().BeGreaterThan(0, "the sign-in cookie was protected with a key stored in PostgreSQL");
        }

        // The circuit's WebSocket closes; the reconnect reaches the other instance, which does not know the circuit,
        // so the page reloads there (ReconnectModal: "rejected" → reload) with the same cookie.
        var genindlaest = session.Page.WaitForResponseAsync(
            r => r.Request.ResourceType == "document" && r.Url.EndsWith("/kommuner", StringComparison.Ordinal),
            new PageWaitForResponseOptions { Timeout = 90_000 });
        await instanser.StopAsync(holder);
        var nytSvar = await genindlaest;

        Port(nytSvar).Should().Be(anden, "nginx sends the browser to the instance that is left. nginx log: " + instanser.NginxFejllog);
        nytSvar.Status.Should().Be(200);
        await session.WaitUntilInteractiveAsync();
        new Uri(session.Page.Url).AbsolutePath.Should().Be("/kommuner", "the user is not sent to the sign-in page");
        await Expect(session.ByTestId("brugermenu")).ToBeVisibleAsync();
        await Expect(session.ByTestId("kommuner-antal")).ToContainTextAsync("98");
        await Expect(session.Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await session.ScreenshotAsync("failover-efter-skift");

        session.Errors.Where(e => !e.Contains("WebSocket", StringComparison.OrdinalIgnoreCase) && !e.Contains("connection", StringComparison.OrdinalIgnoreCase))
            .Should().BeEmpty("only the dropped connection may be reported, nothing else");
    }

    private static int Port(IResponse svar) =>
        svar.Headers.TryGetValue("x-tilsyn-instans", out var instans)
            ? new Uri("http://" + instans.Split(',').Last().Trim()).Port
            : throw new InvalidOperationException("The response carries no X-Tilsyn-Instans header: it did not come through the balancer.");
}
