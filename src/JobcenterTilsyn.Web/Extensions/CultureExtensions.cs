using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>The app is Danish only: every request (and so every Blazor circuit) runs as da-DK.</summary>
public static class CultureExtensions
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static WebApplication UseDanishCulture(this WebApplication app)
    {
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Danish),
            SupportedCultures = [Danish],
            SupportedUICultures = [Danish],
            // No Accept-Language or cookie negotiation: numbers and dates always read "660.000" and "25-11-2026".
            RequestCultureProviders = [],
        });
        return app;
    }
}
