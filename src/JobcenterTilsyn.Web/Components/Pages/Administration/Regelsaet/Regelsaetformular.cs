using System.Globalization;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Web.Components.Pages.Administration.Regelsaet;

/// <summary>
/// What the add form and the scenario form hold while the user types: shares in percent, the date as text (a native
/// date field). <see cref="TilRegelsaet"/> makes the rule set, or says in Danish what cannot be read.
/// </summary>
public sealed class Regelsaetformular
{
    public string Navn { get; set; } = "";

    /// <summary>yyyy-MM-dd, as a native date field gives it.</summary>
    public string GyldigFra { get; set; } = "";

    public double? GraenseAProcent { get; set; } = 70;

    public double? GraenseBProcent { get; set; } = 80;

    public double? GraenseCProcent { get; set; }

    public double? GraenseDProcent { get; set; }

    public HashSet<Ydelsesgruppe> Grupper { get; set; } = [.. Domain.Regler.Regelsaet.StandardTaelledeGrupper];

    public int? MellemrumDage { get; set; } = 14;

    public bool OevoForAlle { get; set; }

    public bool UddannelseshjaelpUndtagelse { get; set; } = true;

    public double? ResultatAndelProcent { get; set; } = 20;

    /// <summary>A form filled in with an existing rule set's values, e.g. the one in force, as the starting point.</summary>
    public static Regelsaetformular Fra(Domain.Regler.Regelsaet r, string navn, DateOnly gyldigFra) => new()
    {
        Navn = navn,
        GyldigFra = gyldigFra.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        GraenseAProcent = Math.Round(r.GraenseA * 100, 4),
        GraenseBProcent = Math.Round(r.GraenseB * 100, 4),
        GraenseCProcent = r.GraenseC is { } c ? Math.Round(c * 100, 4) : null,
        GraenseDProcent = r.GraenseD is { } d ? Math.Round(d * 100, 4) : null,
        Grupper = [.. r.TaelledeGrupper],
        MellemrumDage = r.BroDage,
        OevoForAlle = r.OevoTaellerForAlle,
        UddannelseshjaelpUndtagelse = r.UddannelseshjaelpUndtagelse,
        ResultatAndelProcent = Math.Round(r.ResultatAndel * 100, 4),
    };

    /// <summary>The rule set; null with <paramref name="fejl"/> filled when a field is empty or not a date.</summary>
    public Domain.Regler.Regelsaet? TilRegelsaet(List<string> fejl)
    {
        if (!DateOnly.TryParseExact(GyldigFra, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fra))
            fejl.Add("Angiv datoen, regelsættet gælder fra.");
        if (GraenseAProcent is null) fejl.Add("Angiv grænsen for A.");
        if (GraenseBProcent is null) fejl.Add("Angiv grænsen for B.");
        if (MellemrumDage is null) fejl.Add("Angiv mellemrummet i dage.");
        if (ResultatAndelProcent is null) fejl.Add("Angiv resultatandelen.");
        if (fejl.Count > 0) return null;
        return new Domain.Regler.Regelsaet
        {
            Navn = Navn.Trim(),
            GyldigFra = fra,
            GraenseA = GraenseAProcent!.Value / 100,
            GraenseB = GraenseBProcent!.Value / 100,
            GraenseC = GraenseCProcent / 100,
            GraenseD = GraenseDProcent / 100,
            TaelledeGrupper = Grupper,
            BroDage = MellemrumDage!.Value,
            OevoTaellerForAlle = OevoForAlle,
            UddannelseshjaelpUndtagelse = UddannelseshjaelpUndtagelse,
            ResultatAndel = ResultatAndelProcent!.Value / 100,
        };
    }
}
