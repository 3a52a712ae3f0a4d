namespace JobcenterTilsyn.Data.Beregning;

/// <summary>Which municipalities have an open supervision case (for the designation category `forbedret`).</summary>
public static class AabneSager
{
    // Supervision cases are not stored yet (issue 7); until they are, no case is open.
    public static Task<IReadOnlySet<short>> KommunerAsync(TilsynDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<short>>(new HashSet<short>());
}
