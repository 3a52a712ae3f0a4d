namespace JobcenterTilsyn.Domain.Registre;

/// <summary>
/// Everything stored about one person: all their periods, offers and conversations, whatever their
/// dates (rules.md "Data used"). The rows' own <c>PersonId</c> is not consulted.
/// </summary>
public sealed record PersonData(
    string PersonId,
    IReadOnlyList<Ydelsesperiode> Perioder,
    IReadOnlyList<Indsats> Indsatser,
    IReadOnlyList<Samtale> Samtaler);
