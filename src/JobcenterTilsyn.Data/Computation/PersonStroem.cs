using JobcenterTilsyn.Domain.Registre;
using Npgsql;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>
/// Streams every person who has benefit periods, with all their periods, offers and conversations,
/// ordered by person id. Three binary COPY exports (one per table, each on its own connection) sorted
/// by person id in byte order are merge-joined, so memory holds one person at a time whatever the
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

    /// <summary>Calls <paramref name="behandl"/> once per person; the instance passed is reused, so copy what you keep.</summary>
    /// <returns>The number of persons streamed.</returns>
    public static async Task<long> ForHverPersonAsync(
        string connectionString, Action<PersonRaekker> behandl, IProgress<long>? fremdrift, CancellationToken ct)
    {
        await using var perConn = new NpgsqlConnection(connectionString);
        await using var indConn = new NpgsqlConnection(connectionString);
        await using var samConn = new NpgsqlConnection(connectionString);
        await Task.WhenAll(perConn.OpenAsync(ct), indConn.OpenAsync(ct), samConn.OpenAsync(ct));

        // Sync reads in one worker thread: the binary exporter's sync API is much faster per column.
        return await Task.Run(() =>
        {
            using var perioder = perConn.BeginBinaryExport(PerioderSql);
            using var indsatser = indConn.BeginBinaryExport(IndsatserSql);
            using var samtaler = samConn.BeginBinaryExport(SamtalerSql);
            var indsatsLaeser = new SorteretLaeser<Indsats>(indsatser, LaesIndsats);
            var samtaleLaeser = new SorteretLaeser<Samtale>(samtaler, LaesSamtale);
            var person = new PersonRaekker();
            long antal = 0;

            var naeste = LaesPeriode(perioder);
            while (naeste is not null)
            {
                ct.ThrowIfCancellationRequested();
                person.Nulstil(naeste.PersonId);
                while (naeste is not null && string.Equals(naeste.PersonId, person.PersonId, StringComparison.Ordinal))
                {
                    person.Perioder.Add(naeste);
                    naeste = LaesPeriode(perioder);
                }
                indsatsLaeser.TagFor(person.PersonId, i => i.PersonId, person.Indsatser);
                samtaleLaeser.TagFor(person.PersonId, s => s.PersonId, person.Samtaler);
                behandl(person);
                if (++antal % 50_000 == 0) fremdrift?.Report(antal);
            }
            fremdrift?.Report(antal);
            return antal;
        }, ct);
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
