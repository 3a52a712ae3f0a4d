namespace JobcenterTilsyn.Domain.Adgang;

/// <summary>The three roles of rules.md §10. A user has exactly one.</summary>
public enum Rolle
{
    /// <summary>Ministry analyst: reads every municipality's figures and every case.</summary>
    Analytiker,

    /// <summary>Jobcenter manager bound to one municipality: reads figures, reads and submits for the own case.</summary>
    Jobcenterchef,

    /// <summary>Reads everything; opens, advances and closes cases; imports, computes, rule sets, users.</summary>
    Administrator,
}
