using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>
/// Behind a TLS-terminating reverse proxy the app sees plain HTTP from the proxy. X-Forwarded-For/-Proto are
/// believed only from the proxies named in configuration (<c>ForwardedHeaders:KnownProxies</c>, IP addresses, and
/// <c>ForwardedHeaders:KnownNetworks</c>, CIDR), so the cookie is Secure and the client's IP is the one rate
/// limiting and logs see. With nothing configured the headers are ignored (the app is reached directly).
/// </summary>
public static class ProxyExtensions
{
    public const string Sektion = "ForwardedHeaders";

    public static WebApplicationBuilder AddTilsynProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what is configured: the default (loopback) would trust any process on the machine.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in Liste(configuration, "KnownProxies"))
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip) ? ip
                    : throw new InvalidOperationException($"{Sektion}:KnownProxies: '{proxy}' is not an IP address."));
            }
            foreach (var net in Liste(configuration, "KnownNetworks"))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(net, out var netvaerk) ? netvaerk
                    : throw new InvalidOperationException($"{Sektion}:KnownNetworks: '{net}' is not a network in CIDR notation (e.g. 10.0.0.0/8)."));
            }
        });
        return builder;
    }

    public static WebApplication UseTilsynProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    // Accepts a list (KnownProxies:0, KnownProxies:1 …) or one comma-separated value (an environment variable).
    private static IEnumerable<string> Liste(IConfiguration configuration, string noegle)
    {
        var sektion = configuration.GetSection($"{Sektion}:{noegle}");
        var vaerdier = sektion.Value is { } enkelt ? [enkelt] : sektion.GetChildren().Select(c => c.Value ?? "");
        return vaerdier.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
