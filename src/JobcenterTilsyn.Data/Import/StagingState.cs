using System.Globalization;
using System.Text.Unicode;
using Npgsql;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// The line-level rules of every import file, applied as lines come out of the <see cref="LineReader"/>:
/// header, field count, UTF-8, empty lines (allowed only at the very end). Cell rules are the table's.
/// </summary>
internal sealed class StagingState(ImportTable table, ImportErrorList errors)
{
    private bool _headerRead;
    private int _fieldCount;
    private Range[] _fields = [];
    private long _firstEmptyLine;
    private long _emptyLines;

    public long RowsRead { get; private set; }

    public bool HeaderRejected { get; private set; }

    /// <summary>Handles every complete line in the reader's buffer (synchronous: spans cannot cross an await).</summary>
    public void ProcessLines(LineReader reader, NpgsqlBinaryImporter? copy)
    {
        while (!HeaderRejected && reader.TryReadLine(out var line, out var tooLong))
        {
            var lineNumber = reader.LineNumber;
            if (!_headerRead)
            {
                ReadHeader(line, tooLong);
                continue;
            }
            if (line.IsEmpty && !tooLong)
            {
                if (_emptyLines++ == 0) _firstEmptyLine = lineNumber;
                continue;
            }
            ReportEmptyLines();
            RowsRead++;
            if (tooLong)
            {
                errors.Add(lineNumber, null, (string?)null,
                    string.Create(CultureInfo.InvariantCulture, $"line longer than {LineReader.MaxLineBytes} bytes"));
                continue;
            }
            if (!Utf8.IsValid(line))
            {
                errors.Add(lineNumber, null, (string?)null, "line is not valid UTF-8");
                continue;
            }
            var count = line.Count(Header.Separator) + 1;
            if (count != _fieldCount)
            {
                errors.Add(lineNumber, null, (string?)null, string.Create(CultureInfo.InvariantCulture,
                    $"wrong number of fields: {count}, but the header has {_fieldCount} (separator ';')"));
                continue;
            }
            Split(line);
            table.Row(line, _fields, lineNumber, errors.Count == 0 ? copy : null);
        }
    }

    /// <summary>End of file: empty lines at the very end are allowed; a file without a header line is not.</summary>
    public void Finish()
    {
        if (!_headerRead && !HeaderRejected)
        {
            errors.Add(1, null, (string?)null, "the file is empty: expected a header line");
            HeaderRejected = true;
        }
    }

    private void ReadHeader(ReadOnlySpan<byte> line, bool tooLong)
    {
        _headerRead = true;
        if (tooLong)
        {
            errors.Add(1, null, (string?)null, "the header line is too long");
            HeaderRejected = true;
            return;
        }
        var before = errors.Count;
        var (index, fieldCount) = Header.Parse(line, table.Columns, errors);
        if (errors.Count != before)
        {
            HeaderRejected = true;
            return;
        }
        table.Bind(index);
        _fieldCount = fieldCount;
        _fields = new Range[fieldCount];
    }

    private void ReportEmptyLines()
    {
        for (var i = 0L; i < _emptyLines; i++)
        {
            RowsRead++;
            errors.Add(_firstEmptyLine + i, null, (string?)null, "empty line (only allowed at the end of the file)");
        }
        _emptyLines = 0;
    }

    private void Split(ReadOnlySpan<byte> line)
    {
        var start = 0;
        for (var f = 0; f < _fields.Length - 1; f++)
        {
            var length = line[start..].IndexOf(Header.Separator);
            _fields[f] = new Range(start, start + length);
            start += length + 1;
        }
        _fields[^1] = new Range(start, line.Length);
    }
}
