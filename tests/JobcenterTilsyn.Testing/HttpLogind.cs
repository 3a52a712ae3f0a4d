using System.Net;
using System.Text.RegularExpressions;

namespace JobcenterTilsyn.Testing;

/// <summary>
/// Real sign-in over HTTP, as a browser does it: fetch the sign-in page for its antiforgery token, post the
/// form, keep the cookie. The client must handle cookies and not follow redirects.
/// </summary>
public static partial class HttpLogind
{
    public const string Sti = "/konto/log-ind";

    /// <summary>Posts the sign-in form and returns the response (302 on success, 200 with a message otherwise).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string adgangskode, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, Sti);
        var adresse = returnUrl is null ? Sti : $"{Sti}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return await client.PostAsync(adresse, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "log-ind",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Adgangskode"] = adgangskode,
        }));
    }

    /// <summary>Signs in and fails loudly unless the app answered with the redirect of a successful sign-in.</summary>
    public static async Task LogIndAsync(HttpClient client, Testbruger bruger)
    {
        using var svar = await PostAsync(client, bruger.Email, bruger.Adgangskode);
        if (svar.StatusCode != HttpStatusCode.Found || svar.Headers.Location?.ToString().Contains(Sti) == true)
        {
            throw new InvalidOperationException($"Sign-in as {bruger.Email} failed: {(int)svar.StatusCode} {await svar.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string side)
    {
        var html = await client.GetStringAsync(side);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {side}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
