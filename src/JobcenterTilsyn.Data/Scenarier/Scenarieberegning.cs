using System.Diagnostics;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Scenarier;

/// <summary>
/// Runs a scenario (issue 16): an unsaved rule set that supersedes the stored ones from its first day, for one year.
/// One streaming pass over all persons counts the year's 12 months under today's catalogue and under the scenario's,
/// and the year's fuldtidsdage for the `alle` benchmark rang; then both designations are computed as rules.md §8 says.
/// It only reads: nothing is written to any table, so published figures and the rule sets stay as they are.
/// </summary>
public sealed class Scenarieberegning(string connectionString)
{
    /// <summary>What stops the scenario from being run (Danish, for the page); empty when it can run.</summary>
    public static IReadOnlyList<string> Fejl(Regelsaet scenarie, int aar, Regelsaetkatalog idag)
    {
        var fejl = scenarie.Valideringsfejl().ToList();
        if (aar is < 2000 or > 2100) fejl.Add($"Året {aar} ligger uden for 2000–2100.");
        else if (scenarie.GyldigFra > new DateOnly(aar, 12, 31))
            fejl.Add($"Scenariets regelsæt skal gælde senest 31-12-{aar} for at påvirke året {aar}.");
        if (idag.Alle.Any(r => r.GyldigFra < scenarie.GyldigFra && r.Navn == scenarie.Navn))
            fejl.Add($"Navnet '{scenarie.Navn}' bruges allerede af et gemt regelsæt; vælg et andet navn til scenariet.");
        return fejl;
    }

    /// <param name="fremdrift">Persons streamed so far, as the pass goes.</param>
    /// <exception cref="ScenarieAfvistException">The scenario cannot be run; the messages say why (Danish).</exception>
    public async Task<Scenarieresultat> KoerAsync(Regelsaet scenarie, int aar, IProgress<long>? fremdrift = null, CancellationToken ct = default)
    {
        var ur = Stopwatch.StartNew();
        Regelsaetkatalog idag;
        List<(short Kode, string Navn)> kommuner;
        IReadOnlySet<short> aabneSager;
        await using (var db = new TilsynDbContext(DbContextOptionsSetup.For(connectionString)))
        {
            idag = await RegelsaetStore.HentKatalogAsync(db, ct);
            kommuner = (await db.Kommuner.AsNoTracking().OrderBy(k => k.Kommunekode).Select(k => new { k.Kommunekode, k.Navn }).ToListAsync(ct))
                .Select(k => (k.Kommunekode, k.Navn)).ToList();
            aabneSager = await AabneSager.KommunerAsync(db, ct);
        }

        var fejl = Fejl(scenarie, aar, idag);
        if (fejl.Count > 0) throw new ScenarieAfvistException(fejl);
        var scenariekatalog = idag.Afloest(scenarie);

        var periode = Maaleperiode.Kalenderaar(aar);
        var rammevilkaar = await Beregningskoersel.HentRammevilkaarAsync(connectionString, [periode.Rammevilkaarsaar], ct);
        if (rammevilkaar.Count == 0) throw new ScenarieAfvistException([$"Der er ingen rammevilkår for {aar}, så årets benchmark og udpegning kan ikke beregnes."]);

        var maaneder = Maaned.Raekke(new Maaned(aar, 1), new Maaned(aar, 12));
        var taellingIdag = new Maaletaelling();
        var taellingScenarie = new Maaletaelling();
        var dage = new Fuldtidsdage();
        var personer = await PersonStroem.ForHverPersonAsync(connectionString, person =>
        {
            var data = new PersonData(person.PersonId, person.Perioder, person.Indsatser, person.Samtaler);
            Personmaaling.Tael(data, maaneder, idag, taellingIdag);
            Personmaaling.Tael(data, maaneder, scenariekatalog, taellingScenarie);
            Fuldtidsberegning.Tael(person.Perioder, periode, dage);
        }, fremdrift, ct);

        var koder = kommuner.Select(k => k.Kode).ToList();
        var alle = Benchmarkberegning.Beregn(Omraade.Alle, periode,
            koder.Select(k => new Kommuneobservation(k, (double)dage.Dage(k, Omraade.Alle) / periode.AntalDage)).ToList(), rammevilkaar);
        var udpegIdag = Udpegningsberegning.Beregn(aar, taellingIdag.Resultater(koder, maaneder, idag), alle, idag, aabneSager);
        var udpegScenarie = Udpegningsberegning.Beregn(aar, taellingScenarie.Resultater(koder, maaneder, scenariekatalog), alle, scenariekatalog, aabneSager);

        var idagUdfald = Udfald(udpegIdag);
        var scenarieUdfald = Udfald(udpegScenarie);
        var raekker = kommuner
            .Where(k => idagUdfald.ContainsKey(k.Kode))
            .Select(k => new Scenariekommune(k.Kode, k.Navn, idagUdfald[k.Kode], scenarieUdfald[k.Kode]))
            .ToList();
        return new Scenarieresultat(aar, scenarie, udpegIdag.Regelsaet, raekker, personer, ur.Elapsed);
    }

    private static Dictionary<short, Scenarieudfald> Udfald(Aarsudpegningsresultat u)
    {
        var kategori = u.Resultater.ToDictionary(r => r.Kommunekode, r => r.Kategori);
        return u.Grundlag.ToDictionary(g => g.Kommunekode, g => new Scenarieudfald(
            new Maaltal(checked((int)g.ATaeller), checked((int)g.ANaevner), u.Regelsaet.GraenseA),
            new Maaltal(checked((int)g.BTaeller), checked((int)g.BNaevner), u.Regelsaet.GraenseB),
            kategori[g.Kommunekode]));
    }
}

/// <summary>A scenario that cannot be run; the messages are Danish, for the page.</summary>
public sealed class ScenarieAfvistException(IReadOnlyList<string> fejl) : Exception(string.Join(" ", fejl))
{
    public IReadOnlyList<string> Fejl { get; } = fejl;
}
