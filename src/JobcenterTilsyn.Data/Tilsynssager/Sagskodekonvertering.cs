using JobcenterTilsyn.Domain.Tilsynssager;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>States and actions are stored as their rules.md codes, so the SQL reads like the spec.</summary>
internal static class Sagskodekonvertering
{
    public static readonly ValueConverter<Sagstilstand, string> Tilstand = new(t => t.Kode(), k => SagstilstandKoder.Fra(k));
    public static readonly ValueConverter<Sagshandlingstype, string> Handling = new(h => h.Kode(), k => SagshandlingstypeKoder.Fra(k));
    public static readonly ValueConverter<Sagstrin, string> Trin = new(t => t.Kode(), k => SagstrinKoder.Fra(k));
}
