namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>The outcome of opening or acting on a case: the new case and its new history entry, or a Danish refusal.</summary>
public sealed record Sagsudfald
{
    private Sagsudfald(Tilsynssag? sag, Sagshaendelse? haendelse, string? afvisning)
    {
        Sag = sag;
        Haendelse = haendelse;
        Afvisning = afvisning;
    }

    public Tilsynssag? Sag { get; }

    public Sagshaendelse? Haendelse { get; }

    /// <summary>Why the action was refused, in Danish for the user; null when it was carried out.</summary>
    public string? Afvisning { get; }

    public bool Udfoert => Afvisning is null;

    public static Sagsudfald Ok(Tilsynssag sag, Sagshaendelse haendelse) => new(sag, haendelse, null);

    public static Sagsudfald Afvist(string besked) => new(null, null, besked);
}
