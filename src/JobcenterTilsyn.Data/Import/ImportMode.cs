namespace JobcenterTilsyn.Data.Import;

/// <summary>How a file's rows meet what is already stored (docs/import.md).</summary>
public enum ImportMode
{
    /// <summary>Add the rows; rows identical to stored ones are skipped.</summary>
    Append,

    /// <summary>First delete the stored rows of that kind in the periods the file covers, then add the rows.</summary>
    Replace,
}
