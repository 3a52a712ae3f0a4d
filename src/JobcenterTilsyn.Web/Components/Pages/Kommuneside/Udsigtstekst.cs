using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Kommuneside;

/// <summary>
/// An outlook month as a Danish sentence (rules.md §11): "I august kommer 65 borgere i målgruppen; 20 har endnu ikke
/// fået tilbud; 1 skal have tilbud senest 31. august 2026 for at nå 70 %." Works on the disclosed figures only: a
/// withheld count is phrased without a number, never as "&lt; 5 borgere".
/// </summary>
public static class Udsigtstekst
{
    public static string Saetning(Udsigtspunkt u)
    {
        ArgumentNullException.ThrowIfNull(u);
        var maaned = u.Maaned.Foerste.ToString("MMMM", Tal.Dansk);
        var maal = Tal.Procent(u.Graense, 0);
        var t = u.Tal;
        if (t.Naevner is not { } n)
            return $"I {maaned} kommer færre end 5 borgere i målgruppen; af diskretionshensyn vises tallene ikke.";
        if (n == 0)
            return $"I {maaned} kommer ingen borgere i målgruppen.";
        var start = $"I {maaned} kommer {Borgere(n)} i målgruppen";
        if (t.Skjult || t.UdenTilbud is not { } uden || t.Noedvendige is not { } noedvendige)
            return start + "; hvor mange af dem der har tilbud, vises ikke, da det drejer sig om færre end 5 borgere.";

        var udenDel = uden == 0 ? "alle har allerede fået tilbud" : $"{Tal.Heltal(uden)} har endnu ikke fået tilbud";
        var noedDel = noedvendige == 0
            ? $"det er allerede nok til at nå {maal}"
            : $"{Tal.Heltal(noedvendige)} skal have tilbud {Frist(u)} for at nå {maal}";
        return $"{start}; {udenDel}; {noedDel}.";
    }

    /// <summary>
    /// When the tilbud must start: for A by the month's last day; for B before each spell's six months (e falls in
    /// the month), so by the month's last day at the latest.
    /// </summary>
    public static string Frist(Udsigtspunkt u)
    {
        ArgumentNullException.ThrowIfNull(u);
        var dato = Dato(u.Maaned.Sidste);
        return u.Maal == Maal.BTidligIndsats ? $"inden 6 måneder på ydelse (senest {dato})" : $"senest {dato}";
    }

    /// <summary>A date in Danish: "31. august 2026".</summary>
    public static string Dato(DateOnly dato) => dato.ToString("d. MMMM yyyy", Tal.Dansk);

    /// <summary>"1 borger", "2 borgere", "1.234 borgere".</summary>
    public static string Borgere(int antal) => $"{Tal.Heltal(antal)} {(antal == 1 ? "borger" : "borgere")}";
}
