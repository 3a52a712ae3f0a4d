namespace JobcenterTilsyn.Web.Extensions;

/// <summary>
/// Graceful shutdown (SIGTERM, Ctrl-C, docker stop): Kestrel stops taking requests, requests under way and the
/// running import or computation get <c>Shutdown:TimeoutSeconds</c> (default 30) to end. Imports and computations
/// are cancelled at once through <see cref="IHostApplicationLifetime.ApplicationStopping"/> (see ImportKoersel);
/// each runs in one transaction, so a cancelled one leaves the database as it was.
/// </summary>
public static class ShutdownExtensions
{
    public const string TimeoutKey = "Shutdown:TimeoutSeconds";

    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        // Read when the host starts, so settings added by test hosts count too.
        builder.Services.AddOptions<HostOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue<int?>(TimeoutKey) ?? 30));
        return builder;
    }
}
