using Microsoft.Playwright;

namespace JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

/// <summary>One test's browser tab, with the script errors it saw and helpers for navigation and screenshots.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    internal BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => _errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _errors.Add(message.Text);
        };
    }

    public IPage Page { get; }

    /// <summary>Uncaught script errors and console errors so far; a healthy page has none.</summary>
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

    public Task WaitUntilInteractiveAsync() =>
        Assertions.Expect(Page.Locator("[data-testid=app][data-interactive=true]")).ToBeAttachedAsync();

    /// <summary>
    /// Sets files on a Blazor <c>InputFile</c> once its script has attached the change listener. The listener is added
    /// after the first interactive render, so setting files earlier is silently lost on a slow machine.
    /// </summary>
    public async Task SetInputFilesAsync(string testId, params FilePayload[] files)
    {
        var input = ByTestId(testId);
        await input.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Page.WaitForFunctionAsync(
            "id => { const e = document.querySelector(`[data-testid=\"${id}\"]`); return !!e && e._blazorInputFileNextFileId !== undefined && !e.disabled; }",
            testId);
        await input.SetInputFilesAsync(files);
    }

    /// <summary>Saves a full-page PNG under the test artifacts folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = TestArtifacts.PathFor("screenshots", name.EndsWith(".png", StringComparison.Ordinal) ? name : name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
