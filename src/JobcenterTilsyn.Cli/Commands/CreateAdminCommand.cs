using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Domain.Adgang;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Cli.Commands;

/// <summary>
/// Creates one administrator with a random password, printed once: the first user of a fresh installation (docker
/// compose, a server without the demo users). Everyone else is then created from the web app's Administration.
/// An existing e-mail is refused rather than reset, so the command cannot take over an account.
/// </summary>
internal sealed class CreateAdminCommand : ICliCommand
{
    public string Name => "create-admin";

    public string Usage => "create-admin --email EMAIL [--name NAME]";

    public string Summary => "creates an administrator with a random password and prints it once";

    public async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var email = context.Args.Required("email").Trim();
        var navn = context.Args.Optional("name");
        context.Args.RejectUnknown();
        if (email.IndexOf('@') is <= 0 || email.EndsWith('@'))
            throw new CliInputException($"--email: '{email}' is not an e-mail address.");

        await using var services = IdentitetTjenester.Opret(context.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var brugere = scope.ServiceProvider.GetRequiredService<Brugeradministration>();
        if ((await brugere.HentAlleAsync(ct)).Any(b => string.Equals(b.Email, email, StringComparison.OrdinalIgnoreCase)))
            throw new CliInputException($"A user with the e-mail {email} exists already; reset its password from Administration instead.");

        var adgangskode = Adgangskoder.Ny();
        var resultat = await brugere.OpretAsync(email, navn, Rolle.Administrator, null, adgangskode, ct);
        if (!resultat.Lykkedes)
            throw new CliInputException($"The administrator {email} could not be created: {string.Join(" ", resultat.Fejl)}");

        context.Out.WriteLine($"Administrator created: {email}");
        context.Out.WriteLine($"Password (shown only now; change it after signing in): {adgangskode}");
        return CliApp.Ok;
    }
}
