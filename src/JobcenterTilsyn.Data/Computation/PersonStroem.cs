using System.Collections.Concurrent;
using JobcenterTilsyn.Domain.Registre;
using Npgsql;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>
/// Streams every person who has benefit periods, with all their periods, offers and conversations,
/// ordered by person id. Three binary COPY exports (one per table, each on its own connection) sorted
/// by person id in byte order are merge-joined, so memory holds a few batches of persons whatever the
/// size of the tables. Offers and conversations of persons without periods are skipped: no rule uses them.
/// </summary>
public static class PersonStroem
{
    // COLLATE "C" makes PostgreSQL sort in byte order, which is string.CompareOrdinal for our ASCII ids.
    private const string PerioderSql =
        "COPY (SELECT person_id, kommunekode, ydelsesgruppe, startdato, slutdato FROM ydelsesperiode ORDER BY person_id COLLATE \"C\") TO STDOUT (FORMAT BINARY)";

    private const string IndsatserSql =
        "COPY (SELECT person_id, kommunekode, indsatstype, startdato, slutdato FROM indsats ORDER BY person_id COLLATE \"C\") TO STDOUT (FORMAT BINARY)";

    private const string SamtalerSql =
        "COPY (SELECT person_id, kommunekode, dato FROM samtale ORDER BY person_id COLLATE \"C\") TO STDOUT (FORMAT BINARY)";

    // Persons travel from the reading thread to the rules in batches; a few batches are recycled, so nothing grows.
    private const int PartiStoerrelse = 512;
    private const int AntalPartier = 4;

    /// <summary>
    /// Calls <paramref name="behandl"/> once per person, in person-id order, on one thread. The instance passed is
    /// reused, so copy what you keep. Reading and decoding the three streams runs on a second thread meanwhile, so the
    /// pass uses two cores: one turns bytes into rows, the other applies the rules.
    /// </summary>
    /// <returns>The number of persons streamed.</returns>
    public static async Task<long> ForHverPersonAsync(
        string connectionString, Action<PersonRaekker> behandl, IProgress<long>? fremdrift, CancellationToken ct)
    {
        await using var perConn = new NpgsqlConnection(connectionString);
        await using var indConn = new NpgsqlConnection(connectionString);
        await using var samConn = new NpgsqlConnection(connectionString);
        await Task.WhenAll(perConn.OpenAsync(ct), indConn.OpenAsync(ct), samConn.OpenAsync(ct));

        return await Task.Run(() =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var fulde = new BlockingCollection<Parti>(AntalPartier);
            using var tomme = new BlockingCollection<Parti>(AntalPartier);
            for (var i = 0; i < AntalPartier; i++) tomme.Add(new Parti());

            var laeser = Task.Factory.StartNew(
                () => Laes(perConn, indConn, samConn, fulde, tomme, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            long antal = 0;
            try
            {
                foreach (var parti in fulde.GetConsumingEnumerable(stop.Token))
                {
                    for (var i = 0; i < parti.Antal; i++)
                    {
                        behandl(parti.Personer[i]);
                        if (++antal % 50_000 == 0) fremdrift?.Report(antal);
                    }
                    tomme.Add(parti, stop.Token);
                }
            }
            catch
            {
                // The rules failed (or were cancelled): stop the reader, then report the first cause.
                stop.Cancel();
                try
                {
                    laeser.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }
                throw;
            }
            laeser.GetAwaiter().GetResult(); // a failed read surfaces here
            fremdrift?.Report(antal);
            return antal;
        }, ct);
    }

    /// <summary>The reading thread: merge-joins the three sorted exports into batches of whole persons.</summary>
    private static void Laes(NpgsqlConnection perConn, NpgsqlConnection indConn, NpgsqlConnection samConn,
        BlockingCollection<Parti> fulde, BlockingCollection<Parti> tomme, CancellationToken ct)
    {
        try
        {
            // Sync reads: the binary exporter's sync API is much faster per column.
            using var perioder = perConn.BeginBinaryExport(PerioderSql);
            using var indsatser = indConn.BeginBinaryExport(IndsatserSql);
            using var samtaler = samConn.BeginBinaryExport(SamtalerSql);
            var indsatsLaeser = new SorteretLaeser<Indsats>(indsatser, LaesIndsats);
            var samtaleLaeser = new SorteretLaeser<Samtale>(samtaler, LaesSamtale);
            var parti = tomme.Take(ct);
            parti.Antal = 0;

            var naeste = LaesPeriode(perioder);
            while (naeste is not null)
            {
                var person = parti.Personer[parti.Antal++];
                person.Nulstil(naeste.PersonId);
                while (naeste is not null && string.Equals(naeste.PersonId, person.PersonId, StringComparison.Ordinal))
                {
                    person.Perioder.Add(naeste);
                    naeste = LaesPeriode(perioder);
                }
                indsatsLaeser.TagFor(person.PersonId, i => i.PersonId, person.Indsatser);
                samtaleLaeser.TagFor(person.PersonId, s => s.PersonId, person.Samtaler);
                if (parti.Antal == PartiStoerrelse)
                {
                    fulde.Add(parti, ct);
                    parti = tomme.Take(ct);
                    parti.Antal = 0;
                }
            }
            if (parti.Antal > 0) fulde.Add(parti, ct);
        }
        finally
        {
            fulde.CompleteAdding();
        }
    }

    private sealed class Parti
    {
        public PersonRaekker[] Personer { get; } = Enumerable.Range(0, PartiStoerrelse).Select(_ => new PersonRaekker()).ToArray();

        public int Antal { get; set; }
    }

    private static Ydelsesperiode? LaesPeriode(NpgsqlBinaryExporter e)
    {
        if (e.StartRow() == -1) return null;
        var personId = e.Read<string>();
        var kommune = e.Read<short>();
        var gruppe = (Ydelsesgruppe)e.Read<short>();
        var start = e.Read<DateOnly>();
        DateOnly? slut = e.IsNull ? SkipNull(e) : e.Read<DateOnly>();
        return new Ydelsesperiode(personId, kommune, gruppe, start, slut);
    }

    private static Indsats? LaesIndsats(NpgsqlBinaryExporter e)
    {
        if (e.StartRow() == -1) return null;
        var personId = e.Read<string>();
        var kommune = e.Read<short>();
        var type = (Indsatstype)e.Read<short>();
        var start = e.Read<DateOnly>();
        DateOnly? slut = e.IsNull ? SkipNull(e) : e.Read<DateOnly>();
        return new Indsats(personId, kommune, type, start, slut);
    }

    private static Samtale? LaesSamtale(NpgsqlBinaryExporter e)
    {
        if (e.StartRow() == -1) return null;
        return new Samtale(e.Read<string>(), e.Read<short>(), e.Read<DateOnly>());
    }

    private static DateOnly? SkipNull(NpgsqlBinaryExporter e)
    {
        e.Skip();
        return null;
    }

    /// <summary>A sorted stream read alongside the periods: rows of persons before the current one are skipped.</summary>
    private sealed class SorteretLaeser<T>(NpgsqlBinaryExporter exporter, Func<NpgsqlBinaryExporter, T?> laes) where T : class
    {
        private T? _naeste = laes(exporter);

        public void TagFor(string personId, Func<T, string> noegle, List<T> ind)
        {
            while (_naeste is not null)
            {
                var sammenlign = string.CompareOrdinal(noegle(_naeste), personId);
                if (sammenlign > 0) return;
                if (sammenlign == 0) ind.Add(_naeste);
                _naeste = laes(exporter);
            }
        }
    }
}
