using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Data.Tests.Identitet;

public sealed class CreateAdminCommandTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Creates_an_administrator_whose_printed_password_works_and_no_demo_users()
    {
        var (kode, ud, fejl) = await KoerAsync("create-admin", "--email", "drift@styrelsen.dk", "--name", "Drift");

        kode.Should().Be(CliApp.Ok, fejl);
        var adgangskode = ud.Split('\n').Single(l => l.StartsWith("Password")).Split(':')[1].Trim();
        await using var services = IdentitetTjenester.Opret(database.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Bruger>>();
        var admin = (await users.FindByEmailAsync("drift@styrelsen.dk"))!;
        (await users.CheckPasswordAsync(admin, adgangskode)).Should().BeTrue();
        (await users.GetRolesAsync(admin)).Should().Equal("Administrator");
        admin.Navn.Should().Be("Drift");
        users.Users.Count(u => u.Email!.EndsWith("@demo.dk")).Should().Be(0);
    }

    [Fact]
    public async Task Refuses_an_existing_email_and_a_malformed_one_naming_what_is_wrong()
    {
        (await KoerAsync("create-admin", "--email", "to.gange@styrelsen.dk")).Kode.Should().Be(CliApp.Ok);

        var (kode, _, fejl) = await KoerAsync("create-admin", "--email", "TO.GANGE@styrelsen.dk");
        kode.Should().Be(CliApp.InvalidInput);
        fejl.Should().Contain("TO.GANGE@styrelsen.dk").And.Contain("exists already");

        var ugyldig = await KoerAsync("create-admin", "--email", "drift");
        ugyldig.Kode.Should().Be(CliApp.InvalidInput);
        ugyldig.Fejl.Should().Contain("'drift' is not an e-mail address");

        (await KoerAsync("create-admin")).Kode.Should().Be(CliApp.UsageError);
    }

    private async Task<(int Kode, string Ud, string Fejl)> KoerAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString })
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var kode = await CliApp.RunAsync(args, stdout, stderr, configuration);
        return (kode, stdout.ToString(), stderr.ToString());
    }
}
