using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Domain.Adgang;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Testing;

/// <summary>A user the tests sign in as, with the password it was given.</summary>
public sealed record Testbruger(string Email, Rolle Rolle, short? Kommunekode, string Adgangskode);

/// <summary>
/// One user per role, plus a second Jobcenterchef of another municipality for cross-municipality checks, created
/// with random passwords through the app's own <see cref="Brugeradministration"/> (no fixed credentials).
/// </summary>
public sealed class Testbrugere
{
    /// <summary>The municipality of <see cref="Chef"/> (København).</summary>
    public const short ChefensKommune = 101;

    /// <summary>The municipality of <see cref="AndenChef"/> (Aalborg).</summary>
    public const short AndenKommune = 851;

    private Testbrugere(Testbruger analytiker, Testbruger chef, Testbruger andenChef, Testbruger admin)
    {
        Analytiker = analytiker;
        Chef = chef;
        AndenChef = andenChef;
        Admin = admin;
    }

    public Testbruger Analytiker { get; }

    public Testbruger Chef { get; }

    public Testbruger AndenChef { get; }

    public Testbruger Admin { get; }

    public Testbruger For(Rolle rolle) => rolle switch
    {
        Rolle.Analytiker => Analytiker,
        Rolle.Jobcenterchef => Chef,
        Rolle.Administrator => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(rolle)),
    };

    public static async Task<Testbrugere> OpretAsync(string connectionString)
    {
        await using var services = IdentitetTjenester.Opret(connectionString);
        await using var scope = services.CreateAsyncScope();
        var brugere = scope.ServiceProvider.GetRequiredService<Brugeradministration>();

        async Task<Testbruger> Opret(string email, Rolle rolle, short? kommunekode)
        {
            var adgangskode = Adgangskoder.Ny();
            var r = await brugere.OpretEllerNulstilAsync(email, $"Test {rolle}", rolle, kommunekode, adgangskode);
            if (!r.Lykkedes) throw new InvalidOperationException($"Test user {email}: {string.Join(" ", r.Fejl)}");
            return new Testbruger(email, rolle, kommunekode, adgangskode);
        }

        return new Testbrugere(
            await Opret("analytiker@test.dk", Rolle.Analytiker, null),
            await Opret($"chef.{ChefensKommune}@test.dk", Rolle.Jobcenterchef, ChefensKommune),
            await Opret($"chef.{AndenKommune}@test.dk", Rolle.Jobcenterchef, AndenKommune),
            await Opret("admin@test.dk", Rolle.Administrator, null));
    }
}
