namespace JobcenterTilsyn.Domain.Registre;

/// <summary>Benchmark area (rules.md §5). <see cref="Alle"/> is the union of the three others.</summary>
public enum Omraade : short
{
    Alle = 0,
    Dagpenge = 1,
    Kontanthjaelp = 2,
    Sygedagpenge = 3,
}
