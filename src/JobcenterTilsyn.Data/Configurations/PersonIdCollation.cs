namespace JobcenterTilsyn.Data.Configurations;

/// <summary>
/// person_id is compared byte by byte (collation "C"): ORDER BY person_id then equals .NET's ordinal order, which the
/// measurement pass relies on when it merges the three person-ordered streams, and index work is cheaper.
/// </summary>
internal static class PersonIdCollation
{
    public const string Name = "C";
}
