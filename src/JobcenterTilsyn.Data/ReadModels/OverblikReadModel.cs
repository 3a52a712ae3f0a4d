using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// One municipality's line in the overview: the month's four goals as disclosed to the viewer, the year's benchmark
/// and designation.
/// </summary>
public sealed record OverblikRaekke(
    short Kommunekode,
    string Navn,
    string Region,
    OplystMaaltal? A,
    OplystMaaltal? B,
    OplystMaaltal? C,
    OplystMaaltal? D,
    double? Residual,
    int? Rang,
    int? Klynge,
    string? Kategori)
{
    public OplystMaaltal? Tal(Maal maal) => maal switch
    {
        Maal.ATilbud12m => A,
        Maal.BTidligIndsats => B,
        Maal.CUdenIndsatsAktivitetsparat => C,
        Maal.DSamtale3m => D,
        _ => null,
    };

    /// <summary>A goal with a threshold is below it on what is disclosed (a withheld or empty figure does not fail).</summary>
    public bool UnderGraense => MaalKoder.Alle.Any(m => Tal(m)?.UnderMaal == true);

    /// <summary>
    /// The goals (A, B) met now whose outlook for <see cref="Overblik.UdsigtMaaned"/> is below the goal, on disclosed
    /// figures only: a withheld figure or a withheld outlook never marks a row (<see cref="OverblikUdsigt"/>).
    /// </summary>
    public IReadOnlyList<Maal> PaaVejUnder { get; init; } = [];
}

/// <summary>
/// The overview of one month. <see cref="BenchmarkAar"/> is the calendar year whose <c>alle</c> benchmark is shown
/// (the month's year or the latest stored before it); <see cref="UdpegningAar"/> is set when that year's designation is stored.
/// <see cref="Landet"/> holds the national figure of each goal.
/// </summary>
public sealed record Overblik(
    Maaned? Maaned,
    IReadOnlyList<Maaned> Maaneder,
    int? BenchmarkAar,
    int? UdpegningAar,
    IReadOnlyList<OverblikRaekke> Raekker,
    IReadOnlyDictionary<Maal, OplystMaaltal> Landet)
{
    /// <summary>The rule sets that produced the month's figures (one, unless a recomputation mixed them), by name.</summary>
    public IReadOnlyList<string> Regelsaet { get; init; } = [];

    /// <summary>The coming month whose outlook <see cref="OverblikRaekke.PaaVejUnder"/> reads; null when none is stored.</summary>
    public Maaned? UdsigtMaaned { get; init; }
}

/// <summary>The overview composed from the figure queries (<see cref="MaalQuery"/>, <see cref="BenchmarkQuery"/>, <see cref="UdpegningQuery"/>).</summary>
public static class OverblikReadModel
{
    /// <param name="maaned">The month to show; null means the latest stored month.</param>
    /// <param name="erAdministrator">Whether the viewer sees every figure; everyone else gets them through <see cref="Diskretion"/>.</param>
    public static async Task<Overblik> HentAsync(TilsynDbContext db, Maaned? maaned, bool erAdministrator, CancellationToken ct = default)
    {
        var maaneder = await MaalQuery.MaanederAsync(db, ct);
        var valgt = maaned ?? (maaneder.Count > 0 ? maaneder[0] : null);

        var kommuner = await KommuneStore.AlleAsync(db, ct);
        if (valgt is not { } m)
        {
            return new Overblik(null, maaneder, null, null,
                [.. kommuner.Select(k => new OverblikRaekke(k.Kommunekode, k.Navn, k.Region, null, null, null, null, null, null, null, null))],
                new Dictionary<Maal, OplystMaaltal>());
        }

        var maalraekker = await MaalQuery.HentAsync(db, m, ct: ct);
        var tal = maalraekker
            .ToDictionary(r => (r.Kommunekode, r.Maal), r => Diskretion.Oplys(r.Tal, erAdministrator));
        var landet = (await LandstalQuery.HentAsync(db, m, ct))
            .ToDictionary(l => l.Maal, l => Diskretion.Oplys(l.Tal, erAdministrator));

        var benchmarkAar = await BenchmarkQuery.SenesteKalenderaarAsync(db, new DateOnly(m.Aar, 12, 31), ct);
        var benchmark = benchmarkAar is { } aar
            ? (await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Domain.Benchmark.Maaleperiode.Kalenderaar(aar), Omraade.Alle), ct))
                .ToDictionary(b => b.Kommunekode)
            : [];
        var udpegning = (await UdpegningQuery.HentAsync(db, m.Aar, ct: ct)).ToDictionary(u => u.Kommunekode, u => u.Kategori);

        var udsigt = await UdsigtQuery.HentAsync(db, m, ct: ct);
        var udsigtMaaned = OverblikUdsigt.Maaned(m);
        var paaVejUnder = OverblikUdsigt.PaaVejUnder(udsigt, udsigtMaaned, tal, erAdministrator);

        var raekker = kommuner.Select(k =>
        {
            var b = benchmark.GetValueOrDefault(k.Kommunekode);
            return new OverblikRaekke(
                k.Kommunekode, k.Navn, k.Region,
                tal.GetValueOrDefault((k.Kommunekode, Maal.ATilbud12m)),
                tal.GetValueOrDefault((k.Kommunekode, Maal.BTidligIndsats)),
                tal.GetValueOrDefault((k.Kommunekode, Maal.CUdenIndsatsAktivitetsparat)),
                tal.GetValueOrDefault((k.Kommunekode, Maal.DSamtale3m)),
                b?.Residual, b?.Rang, b?.Klynge,
                udpegning.GetValueOrDefault(k.Kommunekode))
            { PaaVejUnder = paaVejUnder.GetValueOrDefault(k.Kommunekode, []) };
        }).ToList();

        return new Overblik(m, maaneder, benchmarkAar, udpegning.Count > 0 ? m.Aar : null, raekker, landet)
        {
            Regelsaet = [.. maalraekker.Select(r => r.Regelsaet).Distinct().Order(StringComparer.Ordinal)],
            UdsigtMaaned = udsigt.Count > 0 ? udsigtMaaned : null,
        };
    }
}
