namespace JobcenterTilsyn.Data.Import;

public enum ImportOutcome
{
    Succeeded,

    /// <summary>The file had errors; nothing of it was written.</summary>
    Rejected,

    /// <summary>The same bytes of the same kind were imported before; nothing was written.</summary>
    AlreadyImported,
}
