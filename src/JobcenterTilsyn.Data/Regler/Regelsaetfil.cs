using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;

namespace JobcenterTilsyn.Data.Regler;

/// <summary>
/// The rule set file of data-contract.md ("Rule set file"): one UTF-8 JSON object, every field required except the
/// thresholds of C and D. Reading names the field that is missing or wrong.
/// </summary>
public static class Regelsaetfil
{
    private static readonly JsonSerializerOptions Indrykket = new() { WriteIndented = true };

    private static readonly string[] Felter =
    [
        "navn", "gyldig_fra", "graense_a", "graense_b", "graense_c", "graense_d", "taellede_grupper",
        "mellemrum_dage", "oevo_for_alle", "uddannelseshjaelp_undtagelse", "resultat_andel",
    ];

    /// <summary>Reads one rule set; <see cref="RegelsaetfilException"/> names the field when the file is not one.</summary>
    public static Regelsaet Laes(string json)
    {
        JsonObject obj;
        try
        {
            obj = JsonNode.Parse(json) as JsonObject ?? throw new RegelsaetfilException("The file must hold one JSON object.");
        }
        catch (JsonException ex)
        {
            throw new RegelsaetfilException($"The file is not valid JSON: {ex.Message}");
        }

        var ukendte = obj.Select(p => p.Key).Where(k => !Felter.Contains(k)).ToList();
        if (ukendte.Count > 0) throw new RegelsaetfilException($"Unknown field(s): {string.Join(", ", ukendte)}.");

        // Fields are read in the contract's order, so the first one missing or wrong is the one named.
        return new Regelsaet
        {
            Navn = Tekst(obj, "navn"),
            GyldigFra = Dato(obj, "gyldig_fra"),
            GraenseA = Tal(obj, "graense_a"),
            GraenseB = Tal(obj, "graense_b"),
            GraenseC = ValgfritTal(obj, "graense_c"),
            GraenseD = ValgfritTal(obj, "graense_d"),
            TaelledeGrupper = Grupper(obj, "taellede_grupper"),
            BroDage = Heltal(obj, "mellemrum_dage"),
            OevoTaellerForAlle = Sandhed(obj, "oevo_for_alle"),
            UddannelseshjaelpUndtagelse = Sandhed(obj, "uddannelseshjaelp_undtagelse"),
            ResultatAndel = Tal(obj, "resultat_andel"),
        };
    }

    /// <summary>The rule set as the file's JSON object, with <c>brugt</c> when given (rule-set list/show).</summary>
    public static JsonObject TilJson(Regelsaet r, bool? brugt = null)
    {
        var obj = new JsonObject
        {
            ["navn"] = r.Navn,
            ["gyldig_fra"] = r.GyldigFra.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["graense_a"] = r.GraenseA,
            ["graense_b"] = r.GraenseB,
            ["graense_c"] = r.GraenseC,
            ["graense_d"] = r.GraenseD,
            ["taellede_grupper"] = new JsonArray([.. r.TaelledeGrupper.Order().Select(g => (JsonNode)JsonValue.Create(Registerkoder.Kode(g))!)]),
            ["mellemrum_dage"] = r.BroDage,
            ["oevo_for_alle"] = r.OevoTaellerForAlle,
            ["uddannelseshjaelp_undtagelse"] = r.UddannelseshjaelpUndtagelse,
            ["resultat_andel"] = r.ResultatAndel,
        };
        if (brugt is { } b) obj["brugt"] = b;
        return obj;
    }

    /// <summary>One line of JSON, e.g. for the audit trail.</summary>
    public static string Skriv(Regelsaet r) => TilJson(r).ToJsonString();

    public static string SkrivIndrykket(JsonNode node) => node.ToJsonString(Indrykket);

    public static Regelsaet LaesFil(string sti) => Laes(File.ReadAllText(sti, Encoding.UTF8));

    private static DateOnly Dato(JsonObject obj, string felt) =>
        DateOnly.TryParseExact(Tekst(obj, felt), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dato)
            ? dato : throw Forkert(felt, "a date YYYY-MM-DD");

    private static HashSet<Ydelsesgruppe> Grupper(JsonObject obj, string felt)
    {
        if (Kraevet(obj, felt) is not JsonArray liste) throw Forkert(felt, "an array of benefit group codes");
        var grupper = new HashSet<Ydelsesgruppe>();
        foreach (var g in liste)
        {
            var kode = g is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Forkert(felt, "an array of benefit group codes");
            if (!Registerkoder.TryYdelsesgruppe(kode, out var gruppe))
                throw new RegelsaetfilException($"Field '{felt}': unknown benefit group '{kode}' (known: {string.Join(", ", Registerkoder.Ydelsesgrupper)}).");
            grupper.Add(gruppe);
        }
        return grupper;
    }

    private static JsonNode? Kraevet(JsonObject obj, string felt) =>
        obj.TryGetPropertyValue(felt, out var node) ? node : throw new RegelsaetfilException($"Field '{felt}' is missing.");

    private static string Tekst(JsonObject obj, string felt) =>
        Kraevet(obj, felt) is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Forkert(felt, "a string");

    private static double Tal(JsonObject obj, string felt) =>
        Kraevet(obj, felt) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : throw Forkert(felt, "a number");

    private static double? ValgfritTal(JsonObject obj, string felt) =>
        !obj.TryGetPropertyValue(felt, out var node) || node is null ? null
        : node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : throw Forkert(felt, "a number or null");

    private static int Heltal(JsonObject obj, string felt) =>
        Kraevet(obj, felt) is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) ? i : throw Forkert(felt, "a whole number");

    private static bool Sandhed(JsonObject obj, string felt) =>
        Kraevet(obj, felt) is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : throw Forkert(felt, "true or false");

    private static RegelsaetfilException Forkert(string felt, string skal) => new($"Field '{felt}' must be {skal}.");
}

/// <summary>A rule set file that is not one; the message names the field.</summary>
public sealed class RegelsaetfilException(string message) : Exception(message);
