using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Data.Tests.Identitet;

public sealed class BrugeradministrationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;

    private Brugeradministration Brugere => _scope.ServiceProvider.GetRequiredService<Brugeradministration>();

    private UserManager<Bruger> Users => _scope.ServiceProvider.GetRequiredService<UserManager<Bruger>>();

    public Task InitializeAsync()
    {
        _services = IdentitetTjenester.Opret(database.ConnectionString);
        _scope = _services.CreateAsyncScope();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task A_manager_is_created_with_role_and_kommune_and_can_sign_in_with_the_password()
    {
        var adgangskode = Adgangskoder.Ny();

        var r = await Brugere.OpretAsync("chef@aalborg.dk", "Chef Aalborg", Rolle.Jobcenterchef, 851, adgangskode);

        r.Lykkedes.Should().BeTrue(string.Join(" ", r.Fejl));
        var bruger = (await Users.FindByEmailAsync("chef@aalborg.dk"))!;
        bruger.Kommunekode.Should().Be(851);
        (await Users.GetRolesAsync(bruger)).Should().Equal("Jobcenterchef");
        (await Users.CheckPasswordAsync(bruger, adgangskode)).Should().BeTrue();
        (await Brugere.HentAlleAsync()).Should().ContainSingle(b => b.Email == "chef@aalborg.dk")
            .Which.Should().BeEquivalentTo(new { Navn = "Chef Aalborg", Rolle = (Rolle?)Rolle.Jobcenterchef, Kommunekode = (short?)851, Deaktiveret = false });
    }

    [Theory]
    [InlineData(Rolle.Jobcenterchef, null, "En jobcenterchef skal knyttes til en kommune.")]
    [InlineData(Rolle.Jobcenterchef, (short)999, "Kommunekoden 999 findes ikke.")]
    [InlineData(Rolle.Analytiker, (short)101, "Kun en jobcenterchef er knyttet til en kommune.")]
    public async Task Only_a_manager_has_a_kommune_and_always_exactly_one(Rolle rolle, short? kommunekode, string fejl)
    {
        var r = await Brugere.OpretAsync($"{Guid.NewGuid():N}@test.dk", null, rolle, kommunekode, Adgangskoder.Ny());

        r.Fejl.Should().Equal(fejl);
    }

    [Theory]
    [InlineData("Kort1Aa", "Adgangskoden skal være mindst 12 tegn.")]
    [InlineData("alle-smaa-bogstaver-1", "Adgangskoden skal indeholde et stort bogstav (A–Z).")]
    [InlineData("IngenTalOverhovedet", "Adgangskoden skal indeholde et tal (0–9).")]
    public async Task Weak_passwords_are_refused_in_danish(string adgangskode, string fejl)
    {
        var r = await Brugere.OpretAsync($"{Guid.NewGuid():N}@test.dk", null, Rolle.Analytiker, null, adgangskode);

        r.Lykkedes.Should().BeFalse();
        r.Fejl.Should().Contain(fejl);
    }

    [Fact]
    public async Task A_disabled_user_is_locked_out_indefinitely_until_enabled_again()
    {
        await Brugere.OpretAsync("deaktiveres@test.dk", null, Rolle.Analytiker, null, Adgangskoder.Ny());
        var bruger = (await Users.FindByEmailAsync("deaktiveres@test.dk"))!;
        var stempel = bruger.SecurityStamp;

        (await Brugere.DeaktiverAsync(bruger.Id)).Lykkedes.Should().BeTrue();

        await using (var andetScope = _services.CreateAsyncScope())
        {
            var users = andetScope.ServiceProvider.GetRequiredService<UserManager<Bruger>>();
            var genlaest = (await users.FindByIdAsync(bruger.Id))!;
            (await users.IsLockedOutAsync(genlaest)).Should().BeTrue();
            Brugeradministration.ErDeaktiveret(genlaest).Should().BeTrue("the end is stored as 'infinity' and read back as the maximum");
            genlaest.SecurityStamp.Should().NotBe(stempel, "a new stamp ends the user's open sessions");
        }

        (await Brugere.AktiverAsync(bruger.Id)).Lykkedes.Should().BeTrue();
        (await Users.IsLockedOutAsync((await Users.FindByIdAsync(bruger.Id))!)).Should().BeFalse();
    }

    [Fact]
    public async Task The_last_active_administrator_can_neither_lose_the_role_nor_be_disabled()
    {
        await Brugere.OpretAsync("sidste.admin@test.dk", null, Rolle.Administrator, null, Adgangskoder.Ny());
        var sidste = (await Users.FindByEmailAsync("sidste.admin@test.dk"))!;
        // Whatever other tests left: every other administrator becomes an analyst, so this one is the last.
        foreach (var anden in (await Brugere.HentAlleAsync()).Where(b => b.Rolle == Rolle.Administrator && b.Id != sidste.Id))
            (await Brugere.SaetRolleAsync(anden.Id, Rolle.Analytiker, null)).Lykkedes.Should().BeTrue();

        var rolle = await Brugere.SaetRolleAsync(sidste.Id, Rolle.Analytiker, null);
        var deaktiveret = await Brugere.DeaktiverAsync(sidste.Id, udfoertAfId: "en-anden");

        rolle.Fejl.Should().Equal("sidste.admin@test.dk er den eneste aktive administrator og kan ikke miste rollen. Giv først en anden bruger rollen Administrator.");
        deaktiveret.Fejl.Should().Equal("sidste.admin@test.dk er den eneste aktive administrator og kan ikke deaktiveres. Giv først en anden bruger rollen Administrator.");
        (await Users.GetRolesAsync((await Users.FindByIdAsync(sidste.Id))!)).Should().Equal("Administrator");
        (await Users.IsLockedOutAsync((await Users.FindByIdAsync(sidste.Id))!)).Should().BeFalse();

        // A disabled administrator does not count; a second enabled one does.
        await Brugere.OpretAsync("deaktiveret.admin@test.dk", null, Rolle.Administrator, null, Adgangskoder.Ny());
        var deaktiveretAdmin = (await Users.FindByEmailAsync("deaktiveret.admin@test.dk"))!;
        (await Brugere.DeaktiverAsync(deaktiveretAdmin.Id)).Lykkedes.Should().BeTrue();
        (await Brugere.DeaktiverAsync(sidste.Id)).Lykkedes.Should().BeFalse();
        (await Brugere.AktiverAsync(deaktiveretAdmin.Id)).Lykkedes.Should().BeTrue();
        (await Brugere.SaetRolleAsync(sidste.Id, Rolle.Analytiker, null)).Lykkedes.Should().BeTrue();
        (await Brugere.DeaktiverAsync(deaktiveretAdmin.Id)).Lykkedes.Should().BeFalse("now this one is the last");
    }

    [Fact]
    public async Task An_administrator_cannot_disable_themself()
    {
        await Brugere.OpretAsync("mig@test.dk", null, Rolle.Administrator, null, Adgangskoder.Ny());
        var mig = (await Users.FindByEmailAsync("mig@test.dk"))!;

        (await Brugere.DeaktiverAsync(mig.Id, udfoertAfId: mig.Id)).Fejl.Should().Equal("Du kan ikke deaktivere dig selv.");
    }

    [Fact]
    public async Task Five_failed_passwords_lock_the_account_for_15_minutes()
    {
        await Brugere.OpretAsync("laases@test.dk", null, Rolle.Analytiker, null, Adgangskoder.Ny());
        var bruger = (await Users.FindByEmailAsync("laases@test.dk"))!;

        for (var i = 0; i < 4; i++) await Users.AccessFailedAsync(bruger);
        (await Users.IsLockedOutAsync(bruger)).Should().BeFalse();
        await Users.AccessFailedAsync(bruger);

        (await Users.IsLockedOutAsync(bruger)).Should().BeTrue();
        bruger.LockoutEnd.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(15), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_password_reset_replaces_the_password_and_a_weak_one_changes_nothing()
    {
        var gammel = Adgangskoder.Ny();
        await Brugere.OpretAsync("nulstil@test.dk", null, Rolle.Analytiker, null, gammel);
        var bruger = (await Users.FindByEmailAsync("nulstil@test.dk"))!;

        (await Brugere.NulstilAdgangskodeAsync(bruger.Id, "svag")).Lykkedes.Should().BeFalse();
        (await Users.CheckPasswordAsync(bruger, gammel)).Should().BeTrue();

        var ny = Adgangskoder.Ny();
        (await Brugere.NulstilAdgangskodeAsync(bruger.Id, ny)).Lykkedes.Should().BeTrue();
        (await Users.CheckPasswordAsync(bruger, ny)).Should().BeTrue();
        (await Users.CheckPasswordAsync(bruger, gammel)).Should().BeFalse();
    }

    [Fact]
    public async Task Changing_the_role_keeps_exactly_one_role()
    {
        await Brugere.OpretAsync("skifter@test.dk", null, Rolle.Analytiker, null, Adgangskoder.Ny());
        var bruger = (await Users.FindByEmailAsync("skifter@test.dk"))!;

        (await Brugere.SaetRolleAsync(bruger.Id, Rolle.Jobcenterchef, 461)).Lykkedes.Should().BeTrue();

        (await Users.GetRolesAsync(bruger)).Should().Equal("Jobcenterchef");
        (await Users.FindByIdAsync(bruger.Id))!.Kommunekode.Should().Be(461);
    }

    [Fact]
    public void Generated_passwords_meet_the_policy_and_differ()
    {
        var koder = Enumerable.Range(0, 50).Select(_ => Adgangskoder.Ny()).ToList();

        koder.Should().OnlyHaveUniqueItems();
        koder.Should().AllSatisfy(k =>
        {
            k.Should().HaveLength(16);
            k.Should().Match(x => x.Any(char.IsUpper) && x.Any(char.IsLower) && x.Any(char.IsDigit));
        });
    }
}
