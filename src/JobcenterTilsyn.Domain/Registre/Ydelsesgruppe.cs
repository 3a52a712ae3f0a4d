namespace JobcenterTilsyn.Domain.Registre;

/// <summary>Benefit group of a period (data-contract.md, ydelsesforloeb.csv).</summary>
public enum Ydelsesgruppe : short
{
    Dagpenge = 1,
    KontanthjaelpJobparat = 2,
    KontanthjaelpAktivitetsparat = 3,
    UddannelseshjaelpUddannelsesparat = 4,
    UddannelseshjaelpAktivitetsparat = 5,
    Selvforsoergelse = 6,
    Ressourceforloeb = 7,
    Sygedagpenge = 8,
    Jobafklaring = 9,
    Ledighedsydelse = 10,
    Revalidering = 11,
    Fleksjob = 12,
    Foertidspension = 13,
}
