using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

/// <summary>A copy of what one user had under way on one case: the chosen action and its form.</summary>
public sealed record Sagskladde(Sagshandlingstype? Valgt, Handlingsformular Formular, DateTimeOffset Gemt);

/// <summary>
/// Drafts of case actions on the server, keyed by user and case, so a dropped circuit or a reload brings back what
/// was typed, also when the circuit comes back on another app instance: they live in PostgreSQL
/// (<see cref="SagskladdeStore"/>). The form saves a copy after every change (the long texts update while typing)
/// and takes it back when it starts. Each open page works on its own form; a draft is only a copy. Kept for
/// <see cref="Levetid"/> after the last change and removed when the action is carried out.
/// </summary>
public sealed class Sagskladder(SagskladdeStore store, TimeProvider tid)
{
    public static readonly TimeSpan Levetid = TimeSpan.FromHours(8);

    // Attachments are hashed once per byte array, not on every keystroke.
    private static readonly ConditionalWeakTable<byte[], string> Hashes = new();

    /// <summary>The user's last draft for the case, or null.</summary>
    public async Task<Sagskladde?> HentAsync(string bruger, long sagId, CancellationToken ct = default)
    {
        await store.RydAsync(tid.GetUtcNow() - Levetid, ct);
        if (await store.HentAsync(bruger, sagId, tid.GetUtcNow() - Levetid, ct) is not { } raekke) return null;
        var felter = JsonSerializer.Deserialize<Felter>(raekke.Felter)!;
        var formular = new Handlingsformular
        {
            Tekst = felter.Tekst, Begrundelse = felter.Begrundelse, UdfoertAf = felter.UdfoertAf, Omraader = felter.Omraader,
            Dato = felter.Dato, Slutdato = felter.Slutdato, Minimumsmaal = felter.Minimumsmaal, PassiveSager = felter.PassiveSager,
        };
        formular.Bilag.AddRange(JsonSerializer.Deserialize<List<NytBilag>>(raekke.Bilag) ?? []);
        return new Sagskladde(felter.Valgt, formular, raekke.Gemt);
    }

    /// <summary>Saves a copy of <paramref name="formular"/> as it is now (read before the first await).</summary>
    public Task GemAsync(string bruger, long sagId, Sagshandlingstype? valgt, Handlingsformular formular, CancellationToken ct = default)
    {
        var f = formular;
        var felter = JsonSerializer.Serialize(new Felter(
            valgt, f.Tekst, f.Begrundelse, f.UdfoertAf, f.Omraader, f.Dato, f.Slutdato, f.Minimumsmaal, f.PassiveSager));
        var bilag = f.Bilag.ToList();
        return store.GemAsync(bruger, sagId, felter, Fingeraftryk(bilag), () => JsonSerializer.Serialize(bilag), tid.GetUtcNow(), ct);
    }

    public Task FjernAsync(string bruger, long sagId, CancellationToken ct = default) => store.FjernAsync(bruger, sagId, ct);

    private static string Fingeraftryk(List<NytBilag> bilag)
    {
        if (bilag.Count == 0) return "";
        var dele = bilag.Select(b => $"{b.Filnavn}\u0001{b.ContentType}\u0001{Hashes.GetValue(b.Indhold, i => Convert.ToHexString(SHA256.HashData(i)))}");
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\u0002", dele))));
    }

    private sealed record Felter(
        Sagshandlingstype? Valgt, string Tekst, string Begrundelse, string UdfoertAf, string Omraader,
        string Dato, string Slutdato, string Minimumsmaal, string PassiveSager);
}
