namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// Recognises a row repeated within one person's run of consecutive lines, so it is left out before it reaches the
/// database. Extracts list a person's rows together, and that is where repeats occur (in the national demo set all
/// of them); a repeat further apart is still caught by the table's unique key. Memory holds one person's rows.
/// </summary>
internal sealed class RunRepeats<TKey> where TKey : struct, IEquatable<TKey>
{
    private readonly HashSet<TKey> _seen = [];
    private string? _person;

    /// <summary>False when the same person's current run already had this row.</summary>
    public bool IsNew(string personId, TKey row)
    {
        if (!string.Equals(personId, _person, StringComparison.Ordinal))
        {
            _person = personId;
            _seen.Clear();
        }
        return _seen.Add(row);
    }
}
