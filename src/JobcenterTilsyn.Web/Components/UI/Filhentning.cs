using Microsoft.JSInterop;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>Hands bytes built on the server to the browser as a download (wwwroot/js/download.js).</summary>
public static class Filhentning
{
    public static async Task GemAsync(IJSRuntime js, string filnavn, string indholdstype, byte[] indhold)
    {
        await using var modul = await js.InvokeAsync<IJSObjectReference>("import", "./js/download.js");
        using var stroem = new MemoryStream(indhold);
        using var reference = new DotNetStreamReference(stroem);
        await modul.InvokeVoidAsync("gemFil", filnavn, indholdstype, reference);
    }
}
