using Microsoft.AspNetCore.Identity;

namespace JobcenterTilsyn.Data.Identitet;

/// <summary>Identity's validation messages in Danish, for the administrator's user page.</summary>
public sealed class DanskeIdentitetsfejl : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Adgangskoden skal være mindst {length} tegn." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Adgangskoden skal indeholde et stort bogstav (A–Z)." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Adgangskoden skal indeholde et lille bogstav (a–z)." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Adgangskoden skal indeholde et tal (0–9)." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Adgangskoden skal indeholde mindst {uniqueChars} forskellige tegn." };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Adgangskoden skal indeholde et tegn, der ikke er bogstav eller tal." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Der findes allerede en bruger med e-mailen '{userName}'." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Der findes allerede en bruger med e-mailen '{email}'." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"'{email}' er ikke en gyldig e-mailadresse." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"'{userName}' kan ikke bruges som brugernavn." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Brugeren er ændret af en anden, siden du åbnede siden. Genindlæs og prøv igen." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Der opstod en fejl." };
}
