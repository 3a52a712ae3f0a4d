using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Perioder;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>The spell that is open in the data as known on T (rules.md §11), if any.</summary>
public static class AabentForloeb
{
    /// <summary>
    /// An open spell takes every later period (rules.md §1), so only the last spell by start can be open.
    /// </summary>
    public static Forloeb? Af(Persongrundlag kendt)
    {
        ArgumentNullException.ThrowIfNull(kendt);
        var forloeb = kendt.Forloeb;
        return forloeb.Count > 0 && forloeb[^1].Slut is null ? forloeb[^1] : null;
    }
}
