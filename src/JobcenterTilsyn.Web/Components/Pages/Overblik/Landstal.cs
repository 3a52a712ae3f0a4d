using JobcenterTilsyn.Data.Laesemodeller;
using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>The national figure of each goal: sum of numerators ÷ sum of denominators over all municipalities.</summary>
public static class Landstal
{
    public static IReadOnlyDictionary<Maal, Maaltal?> Beregn(IEnumerable<OverblikRaekke> raekker)
    {
        var liste = raekker.ToList();
        return MaalKoder.Alle.ToDictionary(m => m, m =>
        {
            var tal = liste.Select(r => r.Tal(m)).OfType<Maaltal>().ToList();
            return tal.Count == 0 ? null : Maaltal.Sum(tal, tal.Select(t => t.Graense).FirstOrDefault(g => g is not null));
        });
    }
}
