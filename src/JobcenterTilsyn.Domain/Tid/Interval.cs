namespace JobcenterTilsyn.Domain.Tid;

/// <summary>
/// The two date relations of rules.md's notation, in one place because an open end
/// (<c>slut</c> null) means "runs on without end" everywhere.
/// </summary>
public static class Interval
{
    /// <summary>"Covers day d": start ≤ d ≤ slut (open end: start ≤ d).</summary>
    public static bool Covers(DateOnly start, DateOnly? slut, DateOnly dag) =>
        start <= dag && (slut is null || slut.Value >= dag);

    /// <summary>"Overlaps [fra, til]": start ≤ til and (slut open or slut ≥ fra).</summary>
    public static bool Overlaps(DateOnly start, DateOnly? slut, DateOnly fra, DateOnly til) =>
        start <= til && (slut is null || slut.Value >= fra);

    /// <summary>Whether an end lies on or after <paramref name="dag"/> (open is after every day).</summary>
    public static bool EndsOnOrAfter(DateOnly? slut, DateOnly dag) => slut is null || slut.Value >= dag;

    /// <summary>Orders ends with open as the latest.</summary>
    public static int CompareEnds(DateOnly? a, DateOnly? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => a.Value.CompareTo(b.Value),
        };
}
