using System.Text;

namespace JobcenterTilsyn.Data.Import;

/// <summary>A code column's codes as UTF-8 bytes with their stored smallint value, matched exactly (codes are lower case).</summary>
internal sealed class CodeTable(IEnumerable<(string Code, short Value)> codes)
{
    private readonly (byte[] Code, short Value)[] _entries = codes.Select(c => (Encoding.UTF8.GetBytes(c.Code), c.Value)).ToArray();

    public string Known => string.Join(", ", _entries.Select(e => Encoding.UTF8.GetString(e.Code)));

    public bool TryGet(ReadOnlySpan<byte> code, out short value)
    {
        foreach (var (bytes, v) in _entries)
        {
            if (code.SequenceEqual(bytes))
            {
                value = v;
                return true;
            }
        }
        value = 0;
        return false;
    }
}
