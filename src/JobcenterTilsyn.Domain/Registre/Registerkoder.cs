namespace JobcenterTilsyn.Domain.Registre;

/// <summary>
/// The code tables of data-contract.md: the text codes used in files and exports, and what each
/// group or type means for the rules. One place, so files, database and rules agree.
/// </summary>
public static class Registerkoder
{
    private static readonly Dictionary<string, Ydelsesgruppe> GruppeFraKode = new(StringComparer.Ordinal)
    {
        ["dagpenge"] = Ydelsesgruppe.Dagpenge,
        ["kontanthjaelp_jobparat"] = Ydelsesgruppe.KontanthjaelpJobparat,
        ["kontanthjaelp_aktivitetsparat"] = Ydelsesgruppe.KontanthjaelpAktivitetsparat,
        ["uddannelseshjaelp_uddannelsesparat"] = Ydelsesgruppe.UddannelseshjaelpUddannelsesparat,
        ["uddannelseshjaelp_aktivitetsparat"] = Ydelsesgruppe.UddannelseshjaelpAktivitetsparat,
        ["selvforsoergelse"] = Ydelsesgruppe.Selvforsoergelse,
        ["ressourceforloeb"] = Ydelsesgruppe.Ressourceforloeb,
        ["sygedagpenge"] = Ydelsesgruppe.Sygedagpenge,
        ["jobafklaring"] = Ydelsesgruppe.Jobafklaring,
        ["ledighedsydelse"] = Ydelsesgruppe.Ledighedsydelse,
        ["revalidering"] = Ydelsesgruppe.Revalidering,
        ["fleksjob"] = Ydelsesgruppe.Fleksjob,
        ["foertidspension"] = Ydelsesgruppe.Foertidspension,
    };

    private static readonly Dictionary<string, Indsatstype> TypeFraKode = new(StringComparer.Ordinal)
    {
        ["virksomhedspraktik"] = Indsatstype.Virksomhedspraktik,
        ["nytteindsats"] = Indsatstype.Nytteindsats,
        ["loentilskud"] = Indsatstype.Loentilskud,
        ["ordinaer_uddannelse"] = Indsatstype.OrdinaerUddannelse,
        ["oevo"] = Indsatstype.Oevo,
        ["mentor"] = Indsatstype.Mentor,
    };

    private static readonly Dictionary<Ydelsesgruppe, string> KodeFraGruppe =
        GruppeFraKode.ToDictionary(p => p.Value, p => p.Key);

    private static readonly Dictionary<Indsatstype, string> KodeFraType =
        TypeFraKode.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyCollection<string> Ydelsesgrupper => GruppeFraKode.Keys;

    public static IReadOnlyCollection<string> Indsatstyper => TypeFraKode.Keys;

    /// <summary>Codes are matched exactly (lower case), as the contract writes them.</summary>
    public static bool TryYdelsesgruppe(string kode, out Ydelsesgruppe gruppe) => GruppeFraKode.TryGetValue(kode, out gruppe);

    public static bool TryIndsatstype(string kode, out Indsatstype type) => TypeFraKode.TryGetValue(kode, out type);

    public static string Kode(this Ydelsesgruppe gruppe) => KodeFraGruppe[gruppe];

    public static string Kode(this Indsatstype type) => KodeFraType[type];

    public static string Kode(this Omraade omraade) => omraade switch
    {
        Omraade.Alle => "alle",
        Omraade.Dagpenge => "dagpenge",
        Omraade.Kontanthjaelp => "kontanthjaelp",
        Omraade.Sygedagpenge => "sygedagpenge",
        _ => throw new ArgumentOutOfRangeException(nameof(omraade), omraade, null),
    };

    /// <summary>The benchmark area a group belongs to, or null for groups that enter no benchmark.</summary>
    public static Omraade? BenchmarkOmraade(this Ydelsesgruppe gruppe) => gruppe switch
    {
        Ydelsesgruppe.Dagpenge => Omraade.Dagpenge,
        Ydelsesgruppe.KontanthjaelpJobparat or Ydelsesgruppe.KontanthjaelpAktivitetsparat
            or Ydelsesgruppe.UddannelseshjaelpUddannelsesparat or Ydelsesgruppe.UddannelseshjaelpAktivitetsparat
            or Ydelsesgruppe.Selvforsoergelse or Ydelsesgruppe.Ressourceforloeb => Omraade.Kontanthjaelp,
        Ydelsesgruppe.Sygedagpenge or Ydelsesgruppe.Jobafklaring => Omraade.Sygedagpenge,
        _ => null,
    };

    public static bool ErUddannelseshjaelp(this Ydelsesgruppe gruppe) =>
        gruppe is Ydelsesgruppe.UddannelseshjaelpUddannelsesparat or Ydelsesgruppe.UddannelseshjaelpAktivitetsparat;

    public static bool ErAktivitetsparat(this Ydelsesgruppe gruppe) =>
        gruppe is Ydelsesgruppe.KontanthjaelpAktivitetsparat or Ydelsesgruppe.UddannelseshjaelpAktivitetsparat;
}
