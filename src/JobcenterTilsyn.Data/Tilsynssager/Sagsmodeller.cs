using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>One case in the list: its id, the municipality's name and the case without its history.</summary>
public sealed record Sagsoversigt(long Id, string Kommunenavn, Tilsynssag Sag);

/// <summary>An attachment without its bytes.</summary>
public sealed record Bilagsinfo(long Id, long HaendelseId, string Filnavn, long Stoerrelse, DateTimeOffset Uploadet, string UploadetAf);

/// <summary>One history entry with the attachments submitted with it.</summary>
public sealed record Historikpost(long Id, Sagshaendelse Haendelse, IReadOnlyList<Bilagsinfo> Bilag);

/// <summary>
/// A case with its full history, as one page shows it. <see cref="Version"/> is what the user saw; hand it back
/// to <see cref="TilsynssagStore.UdfoerAsync"/> so that a change made by someone else in between is detected.
/// </summary>
public sealed record Sagsdetaljer(long Id, uint Version, string Kommunenavn, Tilsynssag Sag, IReadOnlyList<Historikpost> Historik)
{
    public IEnumerable<Bilagsinfo> Bilag => Historik.SelectMany(h => h.Bilag);
}

/// <summary>An attachment to download, with the municipality of its case for the access check.</summary>
public sealed record Bilagsfil(short Kommunekode, string Filnavn, string ContentType, byte[] Indhold);

/// <summary>A file the user uploads with a submission, before it is checked by <see cref="Bilagsregler"/>.</summary>
public sealed record NytBilag(string Filnavn, string? ContentType, byte[] Indhold);

public enum Sagsresultattype
{
    Udfoert,
    Afvist,
    Konflikt,
    IkkeFundet,
}

/// <summary>What came of opening or acting on a case: the new version, or a Danish message for the user.</summary>
public sealed record Sagsresultat(Sagsresultattype Type, long? SagId = null, uint? Version = null, string? Besked = null)
{
    public const string KonfliktBesked = "Sagen er ændret af en anden bruger, siden du åbnede den. Genindlæs og prøv igen.";

    public bool Udfoert => Type == Sagsresultattype.Udfoert;

    internal static Sagsresultat Ok(long sagId, uint version) => new(Sagsresultattype.Udfoert, sagId, version);

    internal static Sagsresultat Afvist(string besked) => new(Sagsresultattype.Afvist, Besked: besked);

    internal static Sagsresultat Konflikt { get; } = new(Sagsresultattype.Konflikt, Besked: KonfliktBesked);

    internal static Sagsresultat IkkeFundet { get; } = new(Sagsresultattype.IkkeFundet, Besked: "Sagen findes ikke.");
}
