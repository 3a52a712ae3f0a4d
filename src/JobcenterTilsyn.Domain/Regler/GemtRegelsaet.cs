namespace JobcenterTilsyn.Domain.Regler;

/// <summary>
/// A rule set as stored: the rules, whether a stored figure was computed with it, and who added it when.
/// </summary>
public sealed record GemtRegelsaet(Regelsaet Regelsaet, bool Brugt, DateTimeOffset Oprettet, string OprettetAf)
{
    public string Navn => Regelsaet.Navn;

    /// <summary>
    /// Why this rule set cannot be edited or deleted, or null when it can (rules.md §7): one that produced stored figures
    /// is only ever superseded, because those figures name it.
    /// </summary>
    public string? AendringAfvist() => Brugt ? BrugtFejl(Navn) : null;

    /// <summary>The refusal for a used rule set (Danish, for administrators).</summary>
    public static string BrugtFejl(string navn) =>
        $"Regelsættet '{navn}' er brugt til gemte tal og kan ikke ændres eller slettes. Tilføj i stedet et nyt regelsæt, der afløser det.";
}
