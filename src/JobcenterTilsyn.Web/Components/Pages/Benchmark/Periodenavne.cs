using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Benchmark;

/// <summary>Danish names of benchmark periods: "2025", or "juli 2024 – juni 2025" for a rolling 12 months.</summary>
public static class Periodenavne
{
    public static string Navn(string? periode) =>
        Maaleperiode.TryParse(periode, out var p) ? Navn(p) : periode ?? "";

    public static string Navn(Maaleperiode periode) => periode.ErKalenderaar
        ? periode.ToString()
        : $"{periode.Fra.ToString("MMMM yyyy", Tal.Dansk)} – {periode.Til.ToString("MMMM yyyy", Tal.Dansk)}";
}
