using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JobcenterTilsyn.Domain.Tests.Sample;

/// <summary>
/// A test-only reader for the contract's CSV files: ';', one header line found by name
/// (case-insensitive), BOM and CRLF tolerated, extra columns ignored. Not the import.
/// </summary>
internal sealed partial class SampleCsv
{
    private readonly Dictionary<string, int> _kolonner;
    private readonly List<string[]> _raekker;

    private SampleCsv(Dictionary<string, int> kolonner, List<string[]> raekker)
    {
        _kolonner = kolonner;
        _raekker = raekker;
    }

    public IReadOnlyList<string[]> Raekker => _raekker;

    public static SampleCsv Laes(string sti)
    {
        // ReadAllText drops a UTF-8 BOM.
        var tekst = File.ReadAllText(sti, Encoding.UTF8);
        var linjer = tekst.Split('\n');
        var header = linjer[0].TrimEnd('\r').Split(';');
        var kolonner = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            kolonner[header[i].Trim()] = i;
        }

        var raekker = new List<string[]>();
        for (var i = 1; i < linjer.Length; i++)
        {
            var linje = linjer[i].TrimEnd('\r');
            if (linje.Length > 0)
            {
                raekker.Add(linje.Split(';'));
            }
        }

        return new SampleCsv(kolonner, raekker);
    }

    public string Vaerdi(string[] raekke, string kolonne) => raekke[_kolonner[kolonne]];

    public DateOnly Dato(string[] raekke, string kolonne) =>
        DateOnly.ParseExact(Vaerdi(raekke, kolonne), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Empty = open end.</summary>
    public DateOnly? Slutdato(string[] raekke, string kolonne) =>
        Vaerdi(raekke, kolonne).Length == 0 ? null : Dato(raekke, kolonne);

    public short Kommunekode(string[] raekke) => short.Parse(Vaerdi(raekke, "kommunekode"), CultureInfo.InvariantCulture);

    /// <summary>DDMMYY-SSSS and DDMMYYSSSS are the same person; the real import hashes them, dropping the dash is enough here.</summary>
    public string PersonId(string[] raekke)
    {
        var id = Vaerdi(raekke, "person_id");
        return CprForm().IsMatch(id) ? id.Replace("-", string.Empty, StringComparison.Ordinal) : id;
    }

    [GeneratedRegex("^[0-9]{6}-?[0-9]{4}$")]
    private static partial Regex CprForm();
}
