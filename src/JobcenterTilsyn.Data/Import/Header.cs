using System.Text;
using System.Text.Unicode;

namespace JobcenterTilsyn.Data.Import;

/// <summary>A contract column of an import file.</summary>
internal sealed record ImportColumn(string Name, bool Required);

/// <summary>
/// The header line: which field holds which contract column. Names are matched case-insensitively after trimming
/// spaces; order is free; unknown columns are ignored. A missing required or repeated column is an error of line 1.
/// </summary>
internal static class Header
{
    public const byte Separator = (byte)';';

    /// <summary>Field index per column of <paramref name="columns"/> (-1 for an absent optional column), and the field count.</summary>
    public static (int[] Index, int FieldCount) Parse(ReadOnlySpan<byte> line, IReadOnlyList<ImportColumn> columns, ImportErrorList errors)
    {
        var index = new int[columns.Count];
        Array.Fill(index, -1);
        if (!Utf8.IsValid(line))
        {
            errors.Add(1, null, (string?)null, "the header line is not valid UTF-8");
            return (index, 0);
        }
        var names = Encoding.UTF8.GetString(line).Split((char)Separator);
        for (var field = 0; field < names.Length; field++)
        {
            var name = names[field].Trim();
            for (var c = 0; c < columns.Count; c++)
            {
                if (!string.Equals(name, columns[c].Name, StringComparison.OrdinalIgnoreCase)) continue;
                if (index[c] >= 0)
                {
                    errors.Add(1, columns[c].Name, names[field], $"column '{columns[c].Name}' appears more than once in the header");
                }
                index[c] = field;
            }
        }
        // The header may be a data line by mistake: mask it like any reported value.
        var found = Cpr.Mask(string.Join(";", names.Select(n => n.Trim())));
        if (found.Length > 200) found = found[..200] + "…";
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Required && index[c] < 0)
            {
                errors.Add(1, columns[c].Name, (string?)null,
                    $"required column '{columns[c].Name}' is missing from the header (found: {found})");
            }
        }
        return (index, names.Length);
    }
}
