using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JobcenterTilsyn.Data.Beregning;

/// <summary>
/// One computation run (CLI `compute`, or the administrator's button): one streaming pass over all persons
/// fills the monthly counts, then every result is stored in one transaction, replacing earlier results
/// for the same months. Pages and exports only ever read what this stored.
/// </summary>
public sealed class Beregningskoersel(string connectionString, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task<Beregningsopsummering> KoerAsync(Maaned fra, Maaned til, string startetAf, IProgress<long>? fremdrift = null, CancellationToken ct = default)
    {
        if (til < fra) throw new ArgumentException($"The range {fra}..{til} ends before it starts.");
        var maaneder = Maaned.Raekke(fra, til);
        var startet = DateTimeOffset.UtcNow;

        Regelsaetkatalog katalog;
        List<short> kommunekoder;
        long beregningId;
        await using (var db = new TilsynDbContext(DbContextOptionsSetup.For(connectionString)))
        {
            katalog = await RegelsaetLager.HentKatalogAsync(db, ct);
            kommunekoder = await db.Kommuner.Select(k => k.Kommunekode).OrderBy(k => k).ToListAsync(ct);
            var beregning = new Entities.BeregningEntity { Art = "maal", Omfang = $"{fra}..{til}", Startet = startet, StartetAf = startetAf };
            db.Add(beregning);
            await db.SaveChangesAsync(ct);
            beregningId = beregning.Id;
        }

        _logger.LogInformation("Computation {BeregningId} started for {Fra}..{Til} by {Bruger}", beregningId, fra, til, startetAf);
        var taelling = new Maaletaelling();
        var personer = await PersonStroem.ForHverPersonAsync(connectionString, person =>
        {
            Personmaaling.Tael(new PersonData(person.PersonId, person.Perioder, person.Indsatser, person.Samtaler), maaneder, katalog, taelling);
        }, fremdrift, ct);
        var resultater = taelling.Resultater(kommunekoder, maaneder, katalog);

        var beregnet = DateTimeOffset.UtcNow;
        await using (var conn = new NpgsqlConnection(connectionString))
        {
            await conn.OpenAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await MaalresultatLager.ErstatAsync(conn, tx, maaneder, resultater, beregningId, beregnet, ct);
            await using (var brugt = new NpgsqlCommand("UPDATE regelsaet SET brugt = true WHERE navn = ANY(@n) AND NOT brugt", conn, tx))
            {
                brugt.Parameters.AddWithValue("n", resultater.Select(r => r.Regelsaet.Navn).Distinct().ToArray());
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

        var varighed = beregnet - startet;
        _logger.LogInformation("Computation {BeregningId} stored {Resultater} results over {Personer} persons in {Sekunder:F1} s",
            beregningId, resultater.Count, personer, varighed.TotalSeconds);
        return new Beregningsopsummering(beregningId, maaneder.Count, personer, resultater.Count, varighed);
    }
}
