using Microsoft.AspNetCore.Identity;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>Password and lockout policy (docs/security.md), the same for the web app, the CLI and the tests.</summary>
public static class IdentitetsRegler
{
    public const int MinimumLaengde = 12;
    public const int MaksFejlforsoeg = 5;
    public static readonly TimeSpan Spaerretid = TimeSpan.FromMinutes(15);

    public static void Konfigurer(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumLaengde;
        options.Password.RequireUppercase = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireDigit = true;
        // Length and mixed classes; a symbol on top adds little and makes people write passwords down.
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 6;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaksFejlforsoeg;
        options.Lockout.DefaultLockoutTimeSpan = Spaerretid;

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
