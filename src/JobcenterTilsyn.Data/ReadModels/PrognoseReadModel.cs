using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// The forecast of the year's designation (rules.md §11) as the pages show it: as of <see cref="Statusmaaned"/>, the
/// latest computed month, for its year; every municipality's forecast as an <see cref="Udpegningsposition"/> with A and B
/// (pooled January..status month) through <see cref="Diskretion"/>. <see cref="Fejl"/> says in Danish why there is none.
/// </summary>
public sealed record Prognoseoversigt(
    Maaned? Statusmaaned,
    Maaleperiode? BenchmarkPeriode,
    string? Regelsaet,
    int? GraenseRang,
    IReadOnlyList<Udpegningsposition> Raekker,
    string? Fejl = null)
{
    public int? Aar => Statusmaaned?.Aar;

    /// <summary>With the status month in December the forecast is the designation itself (rules.md §11).</summary>
    public bool ErAaretsUdpegning => Statusmaaned?.Nr == 12;

    public Udpegningsposition? For(short kommunekode) => Raekker.FirstOrDefault(r => r.Kommunekode == kommunekode);
}

/// <summary>Reads the forecast from <see cref="PrognoseQuery"/> for the latest computed month.</summary>
public static class PrognoseReadModel
{
    /// <param name="statusmaaned">Null means the latest computed month.</param>
    public static async Task<Prognoseoversigt> HentAsync(TilsynDbContext db, bool erAdministrator, Maaned? statusmaaned = null, CancellationToken ct = default)
    {
        var beregnede = await MaalQuery.MaanederAsync(db, ct);
        if (statusmaaned is null && beregnede.Count == 0)
            return new Prognoseoversigt(null, null, null, null, [], "Der er endnu ingen beregnede måneder at lave en prognose ud fra.");
        var status = statusmaaned ?? beregnede[0];

        var mangler = Udpegningsprognose.ManglendeMaaneder(status, beregnede);
        if (mangler.Count > 0)
            return new Prognoseoversigt(status, null, null, null, [],
                $"Prognosen for {status.Aar} kræver alle måneder fra januar til {Maanedstekst(status)}, men disse er ikke beregnet: "
                + string.Join(", ", mangler.Select(Maanedstekst)) + ".");

        IReadOnlyList<Prognoseraekke> raekker;
        try
        {
            raekker = await PrognoseQuery.HentAsync(db, status, ct);
        }
        catch (IngenResultaterException)
        {
            return new Prognoseoversigt(status, null, null, null, [],
                $"Prognosen kræver et beregnet benchmark for en periode, der slutter senest i {Maanedstekst(status)}, og der er intet.");
        }
        if (raekker.Count == 0) return new Prognoseoversigt(status, null, null, null, [], "Prognosen omfatter ingen kommuner.");

        var regioner = (await KommuneStore.AlleAsync(db, ct)).ToDictionary(k => k.Kommunekode, k => k.Region);
        var periode = raekker[0].BenchmarkPeriode;
        var positioner = await UdpegningReadModel.PositionerAsync(db, periode,
            [.. raekker.Select(r => (r.Kommunekode, r.Kommunenavn, regioner.GetValueOrDefault(r.Kommunekode, ""), Udpegningsaar(r, erAdministrator)))], ct);
        return new Prognoseoversigt(status, periode, raekker[0].Regelsaet, UdpegningReadModel.GraenseRang(positioner), positioner);
    }

    private static Udpegningsaar Udpegningsaar(Prognoseraekke r, bool erAdministrator) => new(
        r.Aar, r.Kategori.Kode(), r.ResultatKriterie, r.IndsatsKriterie,
        Diskretion.Oplys(r.A, erAdministrator), Diskretion.Oplys(r.B, erAdministrator), r.Rang, r.AntalKommuner, r.Regelsaet);

    private static string Maanedstekst(Maaned m) =>
        m.Foerste.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
}
