using System.Security.Claims;
using JobcenterTilsyn.Data.Identitet;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// A Blazor circuit outlives the request that started it; every minute this checks that the user still exists,
/// is not disabled or locked out, and has the same security stamp (role changes and password resets renew it),
/// and otherwise signs the circuit out.
/// </summary>
internal sealed class RevalideringAfLogin(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Bruger>>();
        return await ErGyldigAsync(users, authenticationState.User, options.Value);
    }

    private static async Task<bool> ErGyldigAsync(UserManager<Bruger> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user)) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        return principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}
