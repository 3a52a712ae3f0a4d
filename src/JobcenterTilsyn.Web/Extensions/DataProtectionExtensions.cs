using JobcenterTilsyn.Data;
using Microsoft.AspNetCore.DataProtection;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>
/// The key ring that protects the sign-in and antiforgery cookies lives in PostgreSQL, not on the instance's disk:
/// a second instance, or a redeploy onto a fresh container, reads the cookies the others wrote, so nobody is signed out.
/// </summary>
public static class DataProtectionExtensions
{
    /// <summary>Fixed, so instances in different folders (whose default discriminator is the content root) share the keys.</summary>
    public const string ApplicationName = "JobcenterTilsyn";

    public static WebApplicationBuilder AddTilsynDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<TilsynDbContext>();
        return builder;
    }
}
