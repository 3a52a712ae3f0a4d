using System.Globalization;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>C against the national share: C is an indicator without a threshold in the shipped rule sets, lower is better.</summary>
public enum CRetning
{
    Alle,

    /// <summary>C above the national share (worse than the country).</summary>
    Over,

    /// <summary>C below the national share (better than the country).</summary>
    Under,
}

/// <summary>
/// What the overview shows: a region, a klynge, a designation category, per-goal criteria (A under its goal, B under its
/// goal, C over or under the national share, a goal met now but on its way below it), and a search on name or
/// kommunekode (ordinal, case-insensitive, as on the Kommuner page). Empty criteria mean "all"; criteria combine with
/// "and". Only disclosed figures count: a withheld figure never matches a goal criterion.
/// </summary>
public sealed record OverblikFilter(
    string? Region = null,
    int? Klynge = null,
    string? Kategori = null,
    bool AUnder = false,
    bool BUnder = false,
    CRetning C = CRetning.Alle,
    bool PaaVejUnder = false,
    string? Soegetekst = null)
{
    /// <param name="landetC">The national share of C the C criterion compares with; without it the C criterion matches nothing.</param>
    public IReadOnlyList<OverblikRaekke> Anvend(IEnumerable<OverblikRaekke> raekker, double? landetC = null) =>
        [.. raekker.Where(r =>
            (string.IsNullOrEmpty(Region) || string.Equals(r.Region, Region, StringComparison.OrdinalIgnoreCase))
            && (Klynge is null || r.Klynge == Klynge)
            && (string.IsNullOrEmpty(Kategori) || r.Kategori == Kategori)
            && (!AUnder || r.A?.UnderMaal == true)
            && (!BUnder || r.B?.UnderMaal == true)
            && MatcherC(r, landetC)
            && (!PaaVejUnder || r.PaaVejUnder.Count > 0)
            && MatcherSoegning(r))];

    /// <summary>Whether any goal criterion is set (the page's "Nulstil" and the export's header name them).</summary>
    public bool HarMaalkriterier => AUnder || BUnder || C != CRetning.Alle || PaaVejUnder;

    /// <summary>Every active criterion in Danish, in the order of the filter panel; empty when nothing narrows the rows.</summary>
    public IReadOnlyList<string> Beskrivelse()
    {
        var dele = new List<string>();
        if (!string.IsNullOrEmpty(Region)) dele.Add("Region: " + Region);
        if (Klynge is { } k) dele.Add("Klynge " + k.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(Kategori)) dele.Add("Udpegning: " + UI.Kategorier.Tekst(Kategori));
        if (AUnder) dele.Add("A under mål");
        if (BUnder) dele.Add("B under mål");
        if (C == CRetning.Over) dele.Add("C over landstallet");
        if (C == CRetning.Under) dele.Add("C under landstallet");
        if (PaaVejUnder) dele.Add("På vej under målet");
        if (!string.IsNullOrWhiteSpace(Soegetekst)) dele.Add($"Søgning: \"{Soegetekst.Trim()}\"");
        return dele;
    }

    /// <summary>The filter as file-name parts: ASCII, lower case, one part per criterion ("region-nordjylland", "a-under").</summary>
    public IReadOnlyList<string> Filnavnsdele()
    {
        var dele = new List<string>();
        if (!string.IsNullOrEmpty(Region)) dele.Add("region-" + Filnavnstekst(Region));
        if (Klynge is { } k) dele.Add("klynge-" + k.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(Kategori)) dele.Add("udpegning-" + Filnavnstekst(Kategori));
        if (AUnder) dele.Add("a-under");
        if (BUnder) dele.Add("b-under");
        if (C == CRetning.Over) dele.Add("c-over");
        if (C == CRetning.Under) dele.Add("c-under");
        if (PaaVejUnder) dele.Add("paa-vej-under");
        if (!string.IsNullOrWhiteSpace(Soegetekst)) dele.Add("soeg-" + Filnavnstekst(Soegetekst));
        return dele;
    }

    private bool MatcherC(OverblikRaekke r, double? landetC)
    {
        if (C == CRetning.Alle) return true;
        if (r.Tal(Maal.CUdenIndsatsAktivitetsparat)?.Andel is not { } c || landetC is not { } l) return false;
        return C == CRetning.Over ? c > l : c < l;
    }

    private bool MatcherSoegning(OverblikRaekke r)
    {
        var tekst = Soegetekst?.Trim();
        return string.IsNullOrEmpty(tekst)
            || r.Navn.Contains(tekst, StringComparison.OrdinalIgnoreCase)
            || r.Kommunekode.ToString(CultureInfo.InvariantCulture).StartsWith(tekst, StringComparison.Ordinal);
    }

    /// <summary>Danish letters spelt out (æ → ae, ø → oe, å → aa), anything but a–z and 0–9 a hyphen.</summary>
    private static string Filnavnstekst(string tekst)
    {
        var s = tekst.Trim().ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        var ud = new string([.. s.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-')]);
        while (ud.Contains("--", StringComparison.Ordinal)) ud = ud.Replace("--", "-", StringComparison.Ordinal);
        return ud.Trim('-') is { Length: > 0 } t ? t : "x";
    }
}
