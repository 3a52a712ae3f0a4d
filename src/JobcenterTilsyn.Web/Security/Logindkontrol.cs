using JobcenterTilsyn.Data.Identitet;
using Microsoft.AspNetCore.Identity;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// Signs in by e-mail and password so that an unknown e-mail, a wrong password and a locked or disabled account
/// look the same from outside: one message, and one password hash verified in every case (Identity alone skips
/// the hash for unknown and locked accounts, which made them answer ten times faster).
/// </summary>
public sealed class Logindkontrol(SignInManager<Bruger> signIn, ILogger<Logindkontrol> logger)
{
    /// <summary>The one message for every refused sign-in: it must not reveal whether the e-mail exists or is locked.</summary>
    public static readonly string Afvist =
        $"Forkert e-mail eller adgangskode. Efter {IdentitetsRegler.MaksFejlforsoeg} forkerte forsøg spærres kontoen i " +
        $"{IdentitetsRegler.Spaerretid.TotalMinutes:0} minutter; kan du stadig ikke logge ind, så kontakt en administrator.";

    // A hash of a random password, made once: verifying against it costs what verifying a real one costs.
    private static readonly Lazy<string> Attrap = new(() =>
        new PasswordHasher<Bruger>().HashPassword(new Bruger(), Guid.NewGuid().ToString("N")));

    /// <summary>True when signed in (the cookie is set on the response); false for every kind of refusal.</summary>
    public async Task<bool> LogIndAsync(string email, string adgangskode)
    {
        var users = signIn.UserManager;
        var bruger = await users.FindByEmailAsync(email);
        if (bruger is null)
        {
            SpildTid(users, adgangskode);
            logger.LogWarning("Failed sign-in for unknown user {Bruger}", email);
            return false;
        }
        if (await users.IsLockedOutAsync(bruger))
        {
            SpildTid(users, adgangskode);
            logger.LogWarning("Sign-in refused for {Bruger}: the account is locked out or disabled", email);
            return false;
        }
        var resultat = await signIn.PasswordSignInAsync(bruger, adgangskode, isPersistent: false, lockoutOnFailure: true);
        if (resultat.Succeeded)
        {
            logger.LogInformation("User {Bruger} signed in", email);
            return true;
        }
        if (resultat.IsLockedOut) logger.LogWarning("Failed sign-in for {Bruger}; the account is now locked out", email);
        else logger.LogWarning("Failed sign-in for {Bruger}", email);
        return false;
    }

    private static void SpildTid(UserManager<Bruger> users, string adgangskode) =>
        users.PasswordHasher.VerifyHashedPassword(new Bruger(), Attrap.Value, adgangskode);
}
