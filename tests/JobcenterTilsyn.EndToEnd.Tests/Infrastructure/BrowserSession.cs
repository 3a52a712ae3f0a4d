using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Testing;
using Microsoft.Playwright;

namespace JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

/// <summary>One test's browser tab, with the script errors it saw and helpers for navigation and screenshots.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Testbrugere _brugere;
    private readonly List<string> _errors = [];

    internal BrowserSession(IBrowserContext context, IPage page, Testbrugere brugere)
    {
        _context = context;
        _brugere = brugere;
        Page = page;
        page.PageError += (_, error) => _errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _errors.Add(message.Text);
        };
    }

    public IPage Page { get; }

    /// <summary>Uncaught script errors and console errors so far (CSP violations included); a healthy page has none.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Element by its <c>data-testid</c>.</summary>
    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>
    /// Opens <paramref name="path"/> (relative to the app) and waits until the Blazor circuit is live, so clicks and
    /// typing reach the server rather than the prerendered HTML.
    /// </summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path.TrimStart('/'));
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Signs in through the sign-in page as the fixture's user of <paramref name="rolle"/> (the manager is København's).</summary>
    public Task SignInAsync(Rolle rolle) => SignInAsync(_brugere.For(rolle));

    /// <summary>Signs in as <paramref name="bruger"/> and waits until the start page is live.</summary>
    public async Task SignInAsync(Testbruger bruger)
    {
        await Page.GotoAsync("konto/log-ind");
        await Page.GetByTestId("log-ind-email").FillAsync(bruger.Email);
        await Page.GetByTestId("log-ind-adgangskode").FillAsync(bruger.Adgangskode);
        await Page.GetByTestId("log-ind-knap").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("brugermenu")).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync();
    }

    public Task WaitUntilInteractiveAsync() =>
        Assertions.Expect(Page.Locator("[data-testid=app][data-interactive=true]")).ToBeAttachedAsync();

    /// <summary>
    /// Sets files on a Blazor <c>InputFile</c> once its script has attached the change listener. The listener is added
    /// after the first interactive render, so setting files earlier is silently lost on a slow machine.
    /// </summary>
    public Task SetInputFilesAsync(string testId, params FilePayload[] files) => SetInputFilesAsync(ByTestId(testId), files);

    /// <summary>As <see cref="SetInputFilesAsync(string, FilePayload[])"/> for a file input found another way.</summary>
    public static async Task SetInputFilesAsync(ILocator input, params FilePayload[] files)
    {
        await input.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var element = await input.ElementHandleAsync();
        await input.Page.WaitForFunctionAsync("e => e._blazorInputFileNextFileId !== undefined && !e.disabled", element);
        await input.SetInputFilesAsync(files);
    }

    /// <summary>
    /// Picks <paramref name="option"/> in the MudSelect with <paramref name="testId"/> and waits until the list has
    /// closed. The list closes on the server's answer to the pick, so the value is bound before the next step; clicking
    /// on at once lost a pick now and then on a loaded machine.
    /// </summary>
    public async Task SelectAsync(string testId, string option)
    {
        await ByTestId(testId).ClickAsync();
        var choice = Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await choice.ClickAsync();
        await Assertions.Expect(choice).ToBeHiddenAsync();
    }

    /// <summary>
    /// How far the page scrolls sideways (document width minus window width; 0 or less is none), once settled: right
    /// after a viewport change the layout settles a moment later, so it is polled for up to 10 s before measuring.
    /// </summary>
    public async Task<int> SidewaysOverflowAsync()
    {
        const string Overloeb = "() => document.documentElement.scrollWidth - window.innerWidth";
        try
        {
            await Page.WaitForFunctionAsync($"() => ({Overloeb})() <= 0", null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // Fall through: the caller's assertion names the overflow.
        }
        return await Page.EvaluateAsync<int>(Overloeb);
    }

    /// <summary>
    /// Waits until the table inside the element with <paramref name="testId"/> fits its scroll region
    /// (<c>.jt-rul</c>) without scrolling, and returns [table width, region width] as last measured. After a viewport
    /// change the layout settles a moment later (the drawer closes on the server's answer), so it is polled.
    /// </summary>
    public async Task<int[]> TableFitsAsync(string testId)
    {
        const string Maal = "id => { const e = document.querySelector(`[data-testid=\"${id}\"]`); const t = e.querySelector('table') ?? e; return [t.scrollWidth, e.closest('.jt-rul').clientWidth]; }";
        try
        {
            await Page.WaitForFunctionAsync($"id => {{ const [t, r] = ({Maal})(id); return t <= r; }}", testId, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // Fall through: the caller's assertion names the widths.
        }
        return await Page.EvaluateAsync<int[]>(Maal, testId);
    }

    /// <summary>Saves a full-page PNG under the test artifacts folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = TestArtifacts.PathFor("screenshots", name.EndsWith(".png", StringComparison.Ordinal) ? name : name + ".png");
        // From the top, or the fixed app bar lands in the middle of a full-page capture.
        await Page.EvaluateAsync("window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
