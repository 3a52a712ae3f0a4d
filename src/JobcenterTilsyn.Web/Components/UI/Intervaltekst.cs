namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>The 90 % intervals as shown: "72–90" for rang, "-0,3 til 0,8 point" for residual; "–" when not computed.</summary>
public static class Intervaltekst
{
    public static string Rang(int? lav, int? hoej) =>
        lav is { } l && hoej is { } h ? $"{l}–{h}" : Tal.Mangler;

    public static string Residual(double? lav, double? hoej) =>
        lav is { } l && hoej is { } h ? $"{Tal.Point(l, 2)} til {Tal.Point(h, 2)}" : Tal.Mangler;

    /// <summary>"rang 81, sandsynligt interval 72–90".</summary>
    public static string RangMedInterval(int rang, int? lav, int? hoej) =>
        lav is not null && hoej is not null ? $"rang {rang}, sandsynligt interval {Rang(lav, hoej)}" : $"rang {rang}";
}
