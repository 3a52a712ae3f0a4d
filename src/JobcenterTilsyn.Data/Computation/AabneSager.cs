using JobcenterTilsyn.Data.Tilsynssager;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>Which municipalities have an open supervision case (for the designation category `forbedret`).</summary>
public static class AabneSager
{
    /// <summary>Every case not yet `afsluttet` counts as open, under administration included.</summary>
    public static Task<IReadOnlySet<short>> KommunerAsync(TilsynDbContext db, CancellationToken ct) =>
        TilsynssagStore.KommunerMedAabenSagAsync(db, ct);
}
