using JobcenterTilsyn.Domain.Adgang;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>One user as the administrator's list shows it.</summary>
public sealed record Brugeroversigt(
    string Id, string Email, string? Navn, Rolle? Rolle, short? Kommunekode, bool Deaktiveret, DateTimeOffset? SpaerretTil);

/// <summary>Success, or the Danish reasons it failed.</summary>
public sealed record Brugerresultat(bool Lykkedes, IReadOnlyList<string> Fejl)
{
    public static Brugerresultat Ok { get; } = new(true, []);

    public static Brugerresultat Afvist(params string[] fejl) => new(false, fejl);

    internal static Brugerresultat Fra(IdentityResult result) =>
        result.Succeeded ? Ok : new(false, result.Errors.Select(e => e.Description).ToList());
}

/// <summary>
/// Creating users, setting role and municipality, disabling (= locked out indefinitely), enabling and resetting
/// passwords. Enforces one role per user and a municipality exactly for a Jobcenterchef.
/// </summary>
public sealed class Brugeradministration(UserManager<Bruger> users, TilsynDbContext db)
{
    /// <summary>Stored as the lockout end of a disabled user; PostgreSQL keeps it as 'infinity'.</summary>
    public static readonly DateTimeOffset Deaktiveringsdato = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<Brugeroversigt>> HentAlleAsync(CancellationToken ct = default)
    {
        var roller = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolleAf = roller.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.First().Name);
        var alle = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        return alle.Select(u => new Brugeroversigt(
                u.Id, u.Email ?? u.UserName ?? "", u.Navn,
                Roller.TryFra(rolleAf.GetValueOrDefault(u.Id), out var rolle) ? rolle : null,
                u.Kommunekode, ErDeaktiveret(u), u.LockoutEnd > DateTimeOffset.UtcNow ? u.LockoutEnd : null))
            .ToList();
    }

    public async Task<Brugerresultat> OpretAsync(string email, string? navn, Rolle rolle, short? kommunekode, string adgangskode, CancellationToken ct = default)
    {
        if (await KommunefejlAsync(rolle, kommunekode, ct) is { } fejl) return Brugerresultat.Afvist(fejl);
        var bruger = new Bruger { UserName = email.Trim(), Email = email.Trim(), Navn = Blank(navn), Kommunekode = kommunekode, EmailConfirmed = true };
        var oprettet = await users.CreateAsync(bruger, adgangskode);
        if (!oprettet.Succeeded) return Brugerresultat.Fra(oprettet);
        return Brugerresultat.Fra(await users.AddToRoleAsync(bruger, rolle.Navn()));
    }

    /// <summary>Creates the user, or brings an existing one to exactly this role, municipality and password, enabled.</summary>
    public async Task<Brugerresultat> OpretEllerNulstilAsync(string email, string? navn, Rolle rolle, short? kommunekode, string adgangskode, CancellationToken ct = default)
    {
        var bruger = await users.FindByEmailAsync(email);
        if (bruger is null) return await OpretAsync(email, navn, rolle, kommunekode, adgangskode, ct);
        bruger.Navn = Blank(navn);
        var resultat = await SaetRolleAsync(bruger.Id, rolle, kommunekode, ct);
        if (!resultat.Lykkedes) return resultat;
        resultat = await AktiverAsync(bruger.Id);
        return resultat.Lykkedes ? await NulstilAdgangskodeAsync(bruger.Id, adgangskode) : resultat;
    }

    public async Task<Brugerresultat> SaetRolleAsync(string brugerId, Rolle rolle, short? kommunekode, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(brugerId) is not { } bruger) return IkkeFundet;
        if (await KommunefejlAsync(rolle, kommunekode, ct) is { } fejl) return Brugerresultat.Afvist(fejl);
        if (rolle != Rolle.Administrator && await ErSidsteAdministratorAsync(bruger))
            return Brugerresultat.Afvist($"{bruger.Email} er den eneste aktive administrator og kan ikke miste rollen. Giv først en anden bruger rollen Administrator.");
        var nuvaerende = await users.GetRolesAsync(bruger);
        var fjernes = nuvaerende.Where(r => r != rolle.Navn()).ToList();
        if (fjernes.Count > 0)
        {
            var fjernet = await users.RemoveFromRolesAsync(bruger, fjernes);
            if (!fjernet.Succeeded) return Brugerresultat.Fra(fjernet);
        }
        if (!nuvaerende.Contains(rolle.Navn()))
        {
            var tilfoejet = await users.AddToRoleAsync(bruger, rolle.Navn());
            if (!tilfoejet.Succeeded) return Brugerresultat.Fra(tilfoejet);
        }
        bruger.Kommunekode = kommunekode;
        // A new stamp signs the user out everywhere, so the new role takes effect at once.
        return Brugerresultat.Fra(await users.UpdateSecurityStampAsync(bruger));
    }

    /// <summary>
    /// Locks the user out indefinitely and ends their sessions. An administrator cannot disable themself, and the
    /// last active administrator cannot be disabled (nobody could then manage users from the web app).
    /// </summary>
    public async Task<Brugerresultat> DeaktiverAsync(string brugerId, string? udfoertAfId = null)
    {
        if (brugerId == udfoertAfId) return Brugerresultat.Afvist("Du kan ikke deaktivere dig selv.");
        if (await users.FindByIdAsync(brugerId) is not { } bruger) return IkkeFundet;
        if (await ErSidsteAdministratorAsync(bruger))
            return Brugerresultat.Afvist($"{bruger.Email} er den eneste aktive administrator og kan ikke deaktiveres. Giv først en anden bruger rollen Administrator.");
        bruger.LockoutEnabled = true;
        bruger.LockoutEnd = Deaktiveringsdato;
        return Brugerresultat.Fra(await users.UpdateSecurityStampAsync(bruger));
    }

    /// <summary>Lifts a disabling or a lockout after failed sign-ins.</summary>
    public async Task<Brugerresultat> AktiverAsync(string brugerId)
    {
        if (await users.FindByIdAsync(brugerId) is not { } bruger) return IkkeFundet;
        bruger.LockoutEnabled = true;
        bruger.LockoutEnd = null;
        bruger.AccessFailedCount = 0;
        return Brugerresultat.Fra(await users.UpdateAsync(bruger));
    }

    /// <summary>Sets a new password (validated against the policy first, so a refused one changes nothing).</summary>
    public async Task<Brugerresultat> NulstilAdgangskodeAsync(string brugerId, string nyAdgangskode)
    {
        if (await users.FindByIdAsync(brugerId) is not { } bruger) return IkkeFundet;
        var fejl = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var r = await validator.ValidateAsync(users, bruger, nyAdgangskode);
            fejl.AddRange(r.Errors.Select(e => e.Description));
        }
        if (fejl.Count > 0) return new Brugerresultat(false, fejl);
        bruger.PasswordHash = users.PasswordHasher.HashPassword(bruger, nyAdgangskode);
        bruger.AccessFailedCount = 0;
        return Brugerresultat.Fra(await users.UpdateSecurityStampAsync(bruger));
    }

    public static bool ErDeaktiveret(Bruger bruger) => bruger.LockoutEnd is { } end && end.Year >= 9999;

    /// <summary>Whether <paramref name="bruger"/> is an administrator and no other enabled user is.</summary>
    private async Task<bool> ErSidsteAdministratorAsync(Bruger bruger)
    {
        var administratorer = await users.GetUsersInRoleAsync(Rolle.Administrator.Navn());
        return administratorer.Any(a => a.Id == bruger.Id) && !administratorer.Any(a => a.Id != bruger.Id && !ErDeaktiveret(a));
    }

    private static Brugerresultat IkkeFundet => Brugerresultat.Afvist("Brugeren findes ikke.");

    private async Task<string?> KommunefejlAsync(Rolle rolle, short? kommunekode, CancellationToken ct)
    {
        if (rolle != Rolle.Jobcenterchef)
            return kommunekode is null ? null : "Kun en jobcenterchef er knyttet til en kommune.";
        if (kommunekode is null) return "En jobcenterchef skal knyttes til en kommune.";
        return await db.Kommuner.AnyAsync(k => k.Kommunekode == kommunekode, ct) ? null : $"Kommunekoden {kommunekode} findes ikke.";
    }

    private static string? Blank(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
