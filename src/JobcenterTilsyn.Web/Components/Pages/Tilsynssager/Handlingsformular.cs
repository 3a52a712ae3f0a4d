using System.Globalization;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

/// <summary>
/// What the user has typed into a case action's form. Kept across a refused or conflicting attempt and a
/// reload, so nothing typed is lost; the domain validates the content itself.
/// </summary>
public sealed class Handlingsformular
{
    public string Tekst { get; set; } = "";

    public string Begrundelse { get; set; } = "";

    public string UdfoertAf { get; set; } = "";

    public string Omraader { get; set; } = "";

    /// <summary>yyyy-MM-dd, as a date input gives it.</summary>
    public string Dato { get; set; } = "";

    public string Slutdato { get; set; } = "";

    public string Minimumsmaal { get; set; } = "";

    public string PassiveSager { get; set; } = "";

    /// <summary>Which deadline to move (<see cref="Fristtype"/>), for "Forlæng frist".</summary>
    public Fristtype? Frist { get; set; }

    public string NyFrist { get; set; } = "";

    /// <summary>What the document received outside the system is.</summary>
    public string Beskrivelse { get; set; } = "";

    public string Modtaget { get; set; } = "";

    /// <summary>The step the outside document belongs to.</summary>
    public Sagstrin? Trin { get; set; }

    public List<NytBilag> Bilag { get; private set; } = [];

    /// <summary>A copy for a draft (<see cref="Sagskladder"/>): the texts, and the same attachments in a new list.</summary>
    public Handlingsformular Kopi()
    {
        var kopi = (Handlingsformular)MemberwiseClone();
        kopi.Bilag = [.. Bilag];
        return kopi;
    }

    /// <summary>Whether nothing has been typed or attached.</summary>
    public bool ErTom =>
        new[] { Tekst, Begrundelse, UdfoertAf, Omraader, Dato, Slutdato, Minimumsmaal, PassiveSager, NyFrist, Beskrivelse, Modtaget }.All(string.IsNullOrEmpty)
        && Bilag.Count == 0 && Frist is null && Trin is null;

    /// <summary>Whether the cap of <see cref="Bilagsregler.MaksAntalPrIndsendelse"/> attachments is reached.</summary>
    public bool BilagErFulde => Bilag.Count >= Bilagsregler.MaksAntalPrIndsendelse;

    /// <summary>
    /// Adds an attachment under its cleaned name, or gives the Danish reason it was refused. The cap applies here,
    /// while collecting, not only when the submission is saved.
    /// </summary>
    public string? TilfoejBilag(NytBilag bilag)
    {
        var navn = Bilagsregler.Filnavn(bilag.Filnavn);
        if (BilagErFulde)
            return $"Der kan højst vedhæftes {Bilagsregler.MaksAntalPrIndsendelse} filer pr. indsendelse, så '{navn}' er ikke vedhæftet.";
        if (Bilagsregler.Kontroller(navn, bilag.ContentType, bilag.Indhold) is { } fejl) return fejl;
        Bilag.Add(bilag with { Filnavn = navn });
        return null;
    }

    /// <summary>"Plads til 49.880 tegn mere", for the long text fields.</summary>
    public static string Restlaengde(string? tekst)
    {
        var rest = Sagsforloeb.MaksTekstlaengde - (tekst?.Length ?? 0);
        return rest >= 0
            ? $"Plads til {rest.ToString("N0", Dansk)} tegn mere (højst {Sagsforloeb.MaksTekstlaengde.ToString("N0", Dansk)})."
            : $"{(-rest).ToString("N0", Dansk)} tegn for meget (højst {Sagsforloeb.MaksTekstlaengde.ToString("N0", Dansk)}).";
    }

    private static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The action to carry out, or a Danish message when a date is missing or unreadable.</summary>
    public (Sagshandling? Handling, string? Fejl) Byg(Sagshandlingstype type)
    {
        switch (type)
        {
            case Sagshandlingstype.IndsendRedegoerelse:
                return (new IndsendRedegoerelse(Tekst, Tom(Begrundelse)), null);
            case Sagshandlingstype.IndsendGenopretningsplan:
                return (new IndsendGenopretningsplan(Tekst, Tom(Begrundelse)), null);
            case Sagshandlingstype.GodkendPlan:
                return (new GodkendPlan(Begrundelse), null);
            case Sagshandlingstype.RegistrerSagsgennemgang:
                return LaesDato(Dato, "sagsgennemgangens dato") is (DateOnly dato, null)
                    ? (new RegistrerSagsgennemgang(UdfoertAf, Omraader, dato, Begrundelse), null)
                    : (null, LaesDato(Dato, "sagsgennemgangens dato").Fejl);
            case Sagshandlingstype.StartGenopretning:
                return LaesDato(Slutdato, "genopretningsperiodens slutdato") is (DateOnly slut, null)
                    ? (new StartGenopretning(slut, Begrundelse), null)
                    : (null, LaesDato(Slutdato, "genopretningsperiodens slutdato").Fejl);
            case Sagshandlingstype.ForlaengGenopretning:
                return LaesDato(Slutdato, "den nye slutdato") is (DateOnly ny, null)
                    ? (new ForlaengGenopretning(ny, Begrundelse), null)
                    : (null, LaesDato(Slutdato, "den nye slutdato").Fejl);
            case Sagshandlingstype.SaetUnderAdministration:
                return (new SaetUnderAdministration(Minimumsmaal, PassiveSager, Begrundelse), null);
            case Sagshandlingstype.Afslut:
                return (new Afslut(Begrundelse), null);
            case Sagshandlingstype.AfvisPlan:
                return (new AfvisPlan(Begrundelse), null);
            case Sagshandlingstype.Tilbagekald:
                return (new Tilbagekald(Begrundelse), null);
            case Sagshandlingstype.FlytFrist:
                if (Frist is not { } frist) return (null, "Vælg, hvilken frist der forlænges.");
                return LaesDato(NyFrist, "den nye frist") is (DateOnly nyFrist, null)
                    ? (new FlytFrist(frist, nyFrist, Begrundelse), null)
                    : (null, LaesDato(NyFrist, "den nye frist").Fejl);
            case Sagshandlingstype.RegistrerEksterntDokument:
                if (Trin is not { } trin) return (null, "Vælg, hvilket trin i sagen dokumentet hører til.");
                return LaesDato(Modtaget, "datoen, dokumentet blev modtaget") is (DateOnly modtaget, null)
                    ? (new RegistrerEksterntDokument(Beskrivelse, modtaget, trin, Begrundelse), null)
                    : (null, LaesDato(Modtaget, "datoen, dokumentet blev modtaget").Fejl);
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    public static bool TilladerBilag(Sagshandlingstype type) => Bilagsregler.TilladtVed(type);

    private static (DateOnly? Dato, string? Fejl) LaesDato(string tekst, string hvad) =>
        string.IsNullOrWhiteSpace(tekst) ? (null, $"Vælg {hvad}.")
        : DateOnly.TryParseExact(tekst.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (d, null)
        : (null, $"'{tekst}' er ikke en gyldig dato for {hvad}.");

    private static string? Tom(string tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst;
}
