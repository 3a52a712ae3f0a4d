using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>
/// One computation run (CLI `compute`, or the administrator's button): one streaming pass over all persons
/// fills the monthly counts and the fuldtidsdage of every 12-month period ending at a half-year inside the range
/// (calendar years and rolling periods such as 2024-07..2025-06); then the benchmark of those periods (with its
/// 90 % intervals) and the designation of the calendar years are computed, and everything is stored in one
/// transaction, replacing earlier results for the same months and periods. The same pass counts the outlook of every
/// month in the range as a status month (rules.md §11). A rolling period whose end year has no
/// framework conditions at all is left out and reported; a calendar year never is. Pages and exports only ever
/// read what this stored.
/// </summary>
public sealed class Beregningskoersel(string connectionString, ILogger? logger = null)
{
    private static readonly Omraade[] Omraader = [Omraade.Alle, Omraade.Dagpenge, Omraade.Kontanthjaelp, Omraade.Sygedagpenge];

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task<Beregningsopsummering> KoerAsync(Maaned fra, Maaned til, string startetAf, IProgress<long>? fremdrift = null, CancellationToken ct = default)
    {
        if (til < fra) throw new ArgumentException($"The range {fra}..{til} ends before it starts.");
        var maaneder = Maaned.Raekke(fra, til);
        var alleperioder = Maaleperiode.HalvaarsperioderI(fra.Aar, fra.Nr, til.Aar, til.Nr);
        var aar = HeleAar(fra, til);
        var startet = DateTimeOffset.UtcNow;

        Regelsaetkatalog katalog;
        List<short> kommunekoder;
        List<Rammevilkaar> rammevilkaar;
        IReadOnlySet<short> aabneSager;
        long beregningId;
        await using (var db = new TilsynDbContext(DbContextOptionsSetup.For(connectionString)))
        {
            katalog = await RegelsaetStore.HentKatalogAsync(db, ct);
            kommunekoder = await db.Kommuner.Select(k => k.Kommunekode).OrderBy(k => k).ToListAsync(ct);
            rammevilkaar = await HentRammevilkaarAsync(connectionString, alleperioder.Select(p => p.Rammevilkaarsaar).Distinct().ToList(), ct);
            aabneSager = await AabneSager.KommunerAsync(db, ct);
            var beregning = new BeregningEntity { Art = "beregning", Omfang = $"{fra}..{til}", Startet = startet, StartetAf = startetAf };
            db.Add(beregning);
            await db.SaveChangesAsync(ct);
            beregningId = beregning.Id;
        }

        try
        {
            _logger.LogInformation("Computation {BeregningId} started for {Fra}..{Til} by {Bruger}", beregningId, fra, til, startetAf);
            var taelling = new Maaletaelling();
            var udsigt = new Udsigtstaelling();
            var rammeaar = rammevilkaar.Select(r => r.Aar).ToHashSet();
            var udeladte = alleperioder.Where(p => !p.ErKalenderaar && !rammeaar.Contains(p.Rammevilkaarsaar)).ToList();
            foreach (var p in udeladte)
            {
                _logger.LogWarning("Computation {BeregningId} leaves out the rolling period {Periode}: no framework conditions for {Aar}",
                    beregningId, p.ToString(), p.Rammevilkaarsaar);
            }
            var perioder = alleperioder.Except(udeladte).ToArray();
            var dage = perioder.Select(_ => new Fuldtidsdage()).ToArray();
            var personer = await PersonStroem.ForHverPersonAsync(connectionString, person =>
            {
                var data = new PersonData(person.PersonId, person.Perioder, person.Indsatser, person.Samtaler);
                Personmaaling.Tael(data, maaneder, katalog, taelling);
                Udsigtsmaaling.Tael(data, maaneder, katalog, udsigt);
                for (var i = 0; i < perioder.Length; i++) Fuldtidsberegning.Tael(person.Perioder, perioder[i], dage[i]);
            }, fremdrift, ct);

            var maalresultater = taelling.Resultater(kommunekoder, maaneder, katalog);
            var udsigtsresultater = udsigt.Resultater(kommunekoder, maaneder, katalog);
            var benchmarks = new List<Benchmarkresultat>();
            var udpegninger = new List<Aarsudpegningsresultat>();
            for (var i = 0; i < perioder.Length; i++)
            {
                var periodensBenchmarks = Omraader.Select(o => Benchmarkberegning.Beregn(
                    o, perioder[i],
                    kommunekoder.Select(k => new Kommuneobservation(k, (double)dage[i].Dage(k, o) / perioder[i].AntalDage)).ToList(),
                    rammevilkaar)).ToList();
                benchmarks.AddRange(periodensBenchmarks);
                if (perioder[i].ErKalenderaar)
                    udpegninger.Add(Udpegningsberegning.Beregn(perioder[i].Til.Year, maalresultater, periodensBenchmarks[0], katalog, aabneSager));
            }

            var beregnet = DateTimeOffset.UtcNow;
            await GemAsync(beregningId, maaneder, maalresultater, udsigtsresultater, benchmarks, udpegninger, katalog, personer, beregnet, ct);
            var varighed = beregnet - startet;
            _logger.LogInformation(
                "Computation {BeregningId} stored {Resultater} monthly results and {Aar} year(s) over {Personer} persons in {Sekunder:F1} s",
                beregningId, maalresultater.Count, aar.Count, personer, varighed.TotalSeconds);
            return new Beregningsopsummering(beregningId, maaneder.Count, aar, personer, maalresultater.Count, varighed)
            {
                Perioder = perioder,
                UdeladtePerioder = udeladte,
            };
        }
        catch (Exception ex)
        {
            await MarkerFejlAsync(beregningId, ex.Message);
            throw;
        }
    }

    /// <summary>The calendar years lying wholly inside [fra, til].</summary>
    public static IReadOnlyList<int> HeleAar(Maaned fra, Maaned til)
    {
        var foerste = fra.Nr == 1 ? fra.Aar : fra.Aar + 1;
        var sidste = til.Nr == 12 ? til.Aar : til.Aar - 1;
        return foerste > sidste ? [] : Enumerable.Range(foerste, sidste - foerste + 1).ToList();
    }

    /// <summary>The framework conditions of the given years (also read by the scenarios).</summary>
    internal static async Task<List<Rammevilkaar>> HentRammevilkaarAsync(string connectionString, IReadOnlyList<int> aar, CancellationToken ct)
    {
        var rows = new List<Rammevilkaar>();
        if (aar.Count == 0) return rows;
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT aar, kommunekode, variabel, vaerdi FROM rammevilkaar WHERE aar = ANY(@a)", conn);
        cmd.Parameters.AddWithValue("a", aar.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Rammevilkaar(reader.GetInt32(0), reader.GetInt16(1), reader.GetString(2), reader.GetDouble(3)));
        }
        return rows;
    }

    private async Task GemAsync(
        long beregningId, IReadOnlyList<Maaned> maaneder, IReadOnlyList<Maalresultat> maalresultater, IReadOnlyList<Udsigtsresultat> udsigtsresultater,
        List<Benchmarkresultat> benchmarks,
        List<Aarsudpegningsresultat> udpegninger, Regelsaetkatalog katalog, long personer, DateTimeOffset beregnet, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await MaalresultatStore.ErstatAsync(conn, tx, maaneder, maalresultater, beregningId, beregnet, ct);
        await UdsigtStore.ErstatAsync(conn, tx, maaneder, udsigtsresultater, beregningId, beregnet, ct);
        await BenchmarkStore.ErstatAsync(conn, tx, benchmarks, p => katalog.IKraft(p.Til).Navn, beregningId, beregnet, ct);
        foreach (var u in udpegninger) await UdpegningStore.ErstatAsync(conn, tx, u, beregningId, beregnet, ct);

        var brugteRegelsaet = maalresultater.Select(r => r.Regelsaet.Navn)
            .Concat(udsigtsresultater.Select(r => r.Regelsaet.Navn))
            .Concat(udpegninger.Select(u => u.Regelsaet.Navn)).Distinct().ToArray();
        await using (var brugt = new NpgsqlCommand("UPDATE regelsaet SET brugt = true WHERE navn = ANY(@n) AND NOT brugt", conn, tx))
        {
            brugt.Parameters.AddWithValue("n", brugteRegelsaet);
            await brugt.ExecuteNonQueryAsync(ct);
        }
        await using (var slut = new NpgsqlCommand("UPDATE beregning SET afsluttet = @a, personer_laest = @p WHERE id = @id", conn, tx))
        {
            slut.Parameters.AddWithValue("a", beregnet);
            slut.Parameters.AddWithValue("p", personer);
            slut.Parameters.AddWithValue("id", beregningId);
            await slut.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private async Task MarkerFejlAsync(long beregningId, string fejl)
    {
        try
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("UPDATE beregning SET afsluttet = now(), fejl = @f WHERE id = @id", conn);
            cmd.Parameters.AddWithValue("f", fejl);
            cmd.Parameters.AddWithValue("id", beregningId);
            await cmd.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            _logger.LogWarning(ex, "Could not record the failure of computation {BeregningId}", beregningId);
        }
    }
}
