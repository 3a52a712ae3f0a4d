using System.Globalization;
using System.Text;
using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Tests.Generate;

/// <summary>
/// A small, independent checker of data-contract.md for the four import files: exact header, field
/// count, dates, codes, kommunekoder, slutdato ≥ startdato, person_id (pseudonym or valid CPR).
/// Returns one message per bad row.
/// </summary>
public static class KontraktTjek
{
    private static readonly HashSet<short> Kommunekoder = KommuneReferencedata.Kommuner.Select(k => k.Kommunekode).ToHashSet();

    public static List<string> Fil(string sti)
    {
        var navn = Path.GetFileName(sti);
        var (header, datoKolonner, kodeKolonne) = navn switch
        {
            "ydelsesforloeb.csv" => ("person_id;kommunekode;ydelsesgruppe;startdato;slutdato", new[] { 3, 4 }, 2),
            "indsatser.csv" => ("person_id;kommunekode;indsatstype;startdato;slutdato", [3, 4], 2),
            "samtaler.csv" => ("person_id;kommunekode;dato", [2], -1),
            "rammevilkaar.csv" => ("aar;kommunekode;variabel;vaerdi", [], -1),
            _ => throw new ArgumentException($"Not a contract file: {navn}"),
        };
        var fejl = new List<string>();
        var bytes = File.ReadAllBytes(sti);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) fejl.Add($"{navn}: has a BOM");
        var tekst = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        if (!tekst.EndsWith('\n')) fejl.Add($"{navn}: last line has no \\n");
        if (tekst.Contains('\r')) fejl.Add($"{navn}: contains \\r");
        var linjer = tekst.TrimEnd('\n').Split('\n');
        if (linjer[0] != header) fejl.Add($"{navn}: header '{linjer[0]}' is not '{header}'");
        var antalFelter = header.Split(';').Length;

        for (var n = 1; n < linjer.Length; n++)
        {
            void Fejl(string hvad) => fejl.Add($"{navn} line {n + 1}: {hvad} in '{linjer[n]}'");
            var f = linjer[n].Split(';');
            if (f.Length != antalFelter)
            {
                Fejl($"{f.Length} fields");
                continue;
            }
            var kodeFelt = f[1];
            if (!short.TryParse(kodeFelt, NumberStyles.None, CultureInfo.InvariantCulture, out var kode) || !Kommunekoder.Contains(kode)
                || kodeFelt.Length != 3)
            {
                Fejl("unknown kommunekode");
            }
            if (navn == "rammevilkaar.csv")
            {
                if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)) Fejl("bad aar");
                if (!System.Text.RegularExpressions.Regex.IsMatch(f[2], "^[a-z0-9_]{1,40}$")) Fejl("bad variabel");
                if (!double.TryParse(f[3], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
                    || double.IsNaN(v))
                {
                    Fejl("bad vaerdi");
                }
                continue;
            }
            if (PersonIdFejl(f[0]) is { } idFejl) Fejl(idFejl);
            if (kodeKolonne >= 0 && !(navn == "ydelsesforloeb.csv" ? Registerkoder.TryYdelsesgruppe(f[kodeKolonne], out _) : Registerkoder.TryIndsatstype(f[kodeKolonne], out _)))
            {
                Fejl("unknown code");
            }
            var datoer = new DateOnly?[datoKolonner.Length];
            for (var i = 0; i < datoKolonner.Length; i++)
            {
                var s = f[datoKolonner[i]];
                var valgfri = i == 1;
                if (s.Length == 0 && valgfri) continue;
                if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) datoer[i] = d;
                else Fejl($"bad date '{s}'");
            }
            if (datoer.Length == 2 && datoer[0] is { } start && datoer[1] is { } slut && slut < start) Fejl("slutdato before startdato");
        }
        return fejl;
    }

    /// <summary>null when the id is a valid pseudonym or CPR number (data-contract.md), else why not.</summary>
    public static string? PersonIdFejl(string id)
    {
        if (DemoDatasaet.ErCprForm(id))
        {
            var cpr = DemoDatasaet.Person(id);
            var dag = int.Parse(cpr[..2], CultureInfo.InvariantCulture);
            var maaned = int.Parse(cpr[2..4], CultureInfo.InvariantCulture);
            var aar = int.Parse(cpr[4..6], CultureInfo.InvariantCulture);
            if (maaned is < 1 or > 12) return "CPR with month " + maaned;
            int[] dage = [31, aar % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            return dag >= 1 && dag <= dage[maaned - 1] ? null : "CPR with no such day";
        }
        return id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? null : "malformed person_id";
    }
}
