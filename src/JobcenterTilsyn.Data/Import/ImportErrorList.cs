using System.Text;

namespace JobcenterTilsyn.Data.Import;

/// <summary>The errors of one file: every one counted, the first <see cref="MaxListed"/> kept with masked values.</summary>
internal sealed class ImportErrorList
{
    public const int MaxListed = 1000;
    private const int MaxValueLength = 80;

    private readonly List<ImportError> _listed = [];
    private long _lastBadLine = -1;

    public long Count { get; private set; }

    public long InvalidRows { get; private set; }

    public IReadOnlyList<ImportError> Listed => _listed;

    public void Add(long line, string? column, ReadOnlySpan<byte> value, string reason) =>
        Add(line, column, _listed.Count < MaxListed ? Encoding.UTF8.GetString(value) : null, reason);

    /// <summary>Masks CPR-shaped digits first, then shortens, so no part of a CPR number survives.</summary>
    public void Add(long line, string? column, string? value, string reason)
    {
        Count++;
        if (line != _lastBadLine)
        {
            InvalidRows++;
            _lastBadLine = line;
        }
        if (_listed.Count < MaxListed)
        {
            _listed.Add(new ImportError(line, column, value is null ? null : Shorten(Cpr.Mask(value)), reason));
        }
    }

    private static string Shorten(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
