using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Data.Tests.Identitet;

public sealed class DemoUsersCommandTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Each_run_creates_or_resets_one_user_per_role_and_prints_passwords_that_work()
    {
        var foerste = await KoerAsync();
        var anden = await KoerAsync();

        foerste.Keys.Should().BeEquivalentTo("analytiker@demo.dk", "chef.101@demo.dk", "admin@demo.dk");
        anden.Keys.Should().BeEquivalentTo(foerste.Keys);
        anden.Should().AllSatisfy(kv => kv.Value.Should().NotBe(foerste[kv.Key], "every run prints fresh passwords"));

        await using var services = IdentitetTjenester.Opret(database.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Bruger>>();
        users.Users.Count(u => u.Email!.EndsWith("@demo.dk")).Should().Be(3, "a second run creates no duplicates");
        foreach (var (email, adgangskode) in anden)
        {
            var bruger = (await users.FindByEmailAsync(email))!;
            (await users.CheckPasswordAsync(bruger, adgangskode)).Should().BeTrue();
            (await users.CheckPasswordAsync(bruger, foerste[email])).Should().BeFalse();
        }
        var chef = (await users.FindByEmailAsync("chef.101@demo.dk"))!;
        chef.Kommunekode.Should().Be(101);
        (await users.GetRolesAsync(chef)).Should().Equal("Jobcenterchef");
        (await users.GetRolesAsync((await users.FindByEmailAsync("admin@demo.dk"))!)).Should().Equal("Administrator");
    }

    private async Task<Dictionary<string, string>> KoerAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString })
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await CliApp.RunAsync(["demo-users"], stdout, stderr, configuration);

        exitCode.Should().Be(0, stderr.ToString());
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains("@demo.dk"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(f => f[0], f => f[^1]);
    }
}
