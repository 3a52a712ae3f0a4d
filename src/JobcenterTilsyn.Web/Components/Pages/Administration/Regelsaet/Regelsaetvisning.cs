using System.Globalization;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Administration.Regelsaet;

/// <summary>How rule sets and their audit trail read on the Regelsæt and Scenarier pages (Danish).</summary>
public static class Regelsaetvisning
{
    /// <summary>The Danish names of the benefit groups, in code order.</summary>
    public static readonly IReadOnlyList<(Ydelsesgruppe Gruppe, string Navn)> Grupper =
    [
        (Ydelsesgruppe.Dagpenge, "Dagpenge"),
        (Ydelsesgruppe.KontanthjaelpJobparat, "Kontanthjælp, jobparat"),
        (Ydelsesgruppe.KontanthjaelpAktivitetsparat, "Kontanthjælp, aktivitetsparat"),
        (Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "Uddannelseshjælp, uddannelsesparat"),
        (Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, "Uddannelseshjælp, aktivitetsparat"),
        (Ydelsesgruppe.Selvforsoergelse, "Selvforsørgelse"),
        (Ydelsesgruppe.Ressourceforloeb, "Ressourceforløb"),
        (Ydelsesgruppe.Sygedagpenge, "Sygedagpenge"),
        (Ydelsesgruppe.Jobafklaring, "Jobafklaring"),
        (Ydelsesgruppe.Ledighedsydelse, "Ledighedsydelse"),
        (Ydelsesgruppe.Revalidering, "Revalidering"),
        (Ydelsesgruppe.Fleksjob, "Fleksjob"),
        (Ydelsesgruppe.Foertidspension, "Førtidspension"),
    ];

    public static string Gruppenavn(Ydelsesgruppe g) => Grupper.First(x => x.Gruppe == g).Navn;

    public static string Grupperne(IEnumerable<Ydelsesgruppe> grupper) => string.Join(", ", grupper.Order().Select(Gruppenavn));

    /// <summary>Short, for a table cell: the usual six as one phrase, anything else listed.</summary>
    public static string GrupperKort(IReadOnlySet<Ydelsesgruppe> grupper) =>
        grupper.SetEquals(Domain.Regler.Regelsaet.StandardTaelledeGrupper) ? "De 6 sædvanlige" : Grupperne(grupper);

    /// <summary>The one place this feature turns a stored UTC time into Danish time for display.</summary>
    public static string Tidspunkt(DateTimeOffset tidspunkt) =>
        DanskTidspunkt.Vis(tidspunkt);

    public static string Dato(DateOnly dato) => dato.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Andel(double? andel) => andel is { } a ? Tal.Procent(a, 1) : "ingen";

    public static string JaNej(bool v) => v ? "Ja" : "Nej";

    public static string Handling(string kode) => kode switch
    {
        "tilfoejet" => "Tilføjede regelsættet",
        "slettet" => "Slettede det ubrugte regelsæt",
        "genberegning_startet" => "Startede genberegning",
        "genberegning_afsluttet" => "Genberegningen blev færdig",
        "genberegning_fejlet" => "Genberegningen fejlede",
        _ => kode,
    };
}
