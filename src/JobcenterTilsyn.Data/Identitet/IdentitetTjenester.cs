using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>Identity's user and role management over <see cref="TilsynDbContext"/>, for the web app, the CLI and tests.</summary>
public static class IdentitetTjenester
{
    /// <summary>
    /// UserManager, RoleManager and <see cref="Brugeradministration"/> with the policy of <see cref="IdentitetsRegler"/>.
    /// Needs a scoped <see cref="TilsynDbContext"/> in the container.
    /// </summary>
    public static IdentityBuilder AddTilsynIdentitet(this IServiceCollection services)
    {
        services.AddScoped<Brugeradministration>();
        return services.AddIdentityCore<Bruger>(IdentitetsRegler.Konfigurer)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TilsynDbContext>()
            .AddErrorDescriber<DanskeIdentitetsfejl>();
    }

    /// <summary>
    /// A small container for tools outside the web app (the CLI's demo-users, tests): create a scope and resolve
    /// <see cref="Brugeradministration"/> from it.
    /// </summary>
    public static ServiceProvider Opret(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<TilsynDbContext>(options => options.UseTilsynDatabase(connectionString));
        services.AddTilsynIdentitet();
        return services.BuildServiceProvider();
    }
}
