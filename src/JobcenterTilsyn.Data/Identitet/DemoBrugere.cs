using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>A demo user and the password it got this time.</summary>
public sealed record Demobruger(string Email, string Navn, Rolle Rolle, short? Kommunekode, string Adgangskode);

/// <summary>
/// One user per role for demonstrations. Each run creates them or resets them (role, municipality, enabled, a new
/// random password) and returns the passwords. There are no default credentials anywhere else.
/// </summary>
public static class DemoBrugere
{
    public static IReadOnlyList<(string Email, string Navn, Rolle Rolle, short? Kommunekode)> Alle { get; } =
    [
        ("analytiker@demo.dk", "Demo Analytiker", Rolle.Analytiker, null),
        ("chef.101@demo.dk", "Demo Jobcenterchef, København", Rolle.Jobcenterchef, 101),
        ("admin@demo.dk", "Demo Administrator", Rolle.Administrator, null),
    ];

    public static async Task<IReadOnlyList<Demobruger>> SikrAsync(Brugeradministration brugere, CancellationToken ct = default)
    {
        var resultat = new List<Demobruger>();
        foreach (var (email, navn, rolle, kommunekode) in Alle)
        {
            var adgangskode = Adgangskoder.Ny();
            var r = await brugere.OpretEllerNulstilAsync(email, navn, rolle, kommunekode, adgangskode, ct);
            if (!r.Lykkedes) throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join(" ", r.Fejl)}");
            resultat.Add(new Demobruger(email, navn, rolle, kommunekode, adgangskode));
        }
        return resultat;
    }
}
