using System.Buffers;
using System.Security.Cryptography;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// Reads a stream as lines of raw bytes through one fixed buffer, so memory does not grow with the file.
/// Lines end in \n or \r\n; a UTF-8 BOM at the start is dropped. Optionally hashes every byte read (SHA-256).
/// Use: <c>while (TryReadLine(...)) ...; then await FillAsync()</c> until <see cref="Finished"/>.
/// </summary>
internal sealed class LineReader : IDisposable
{
    /// <summary>Longest line accepted; a longer one is reported and skipped.</summary>
    public const int MaxLineBytes = BufferSize / 2;

    private const int BufferSize = 1 << 20;

    private readonly Stream _stream;
    private readonly IncrementalHash? _hash;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipping;
    private bool _atStart = true;

    public LineReader(Stream stream, bool computeHash)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _hash = computeHash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    }

    /// <summary>Lines returned so far; the number of the last line returned.</summary>
    public long LineNumber { get; private set; }

    public long BytesRead { get; private set; }

    public bool Finished => _eof && _start == _end;

    /// <summary>
    /// The next complete line in the buffer, without its line end. False when more bytes must be read first
    /// (or the stream is done). <paramref name="tooLong"/> marks a line over <see cref="MaxLineBytes"/>, returned empty.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        line = default;
        tooLong = false;
        if (_atStart && !_eof) return false; // the BOM check needs the first three bytes
        var pending = _buffer.AsSpan(_start, _end - _start);
        if (_skipping)
        {
            var skipTo = pending.IndexOf((byte)'\n');
            if (skipTo < 0)
            {
                _start = _end;
                return false;
            }
            _skipping = false;
            _start += skipTo + 1;
            pending = pending[(skipTo + 1)..];
        }

        var newline = pending.IndexOf((byte)'\n');
        if (newline >= 0)
        {
            line = pending[..newline];
            _start += newline + 1;
        }
        else if (_eof && !pending.IsEmpty)
        {
            line = pending;
            _start = _end;
        }
        else if (pending.Length >= MaxLineBytes)
        {
            _skipping = true;
            _start = _end;
            LineNumber++;
            tooLong = true;
            return true;
        }
        else
        {
            return false;
        }

        if (line.Length > MaxLineBytes)
        {
            line = default;
            tooLong = true;
        }
        else if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        LineNumber++;
        return true;
    }

    /// <summary>Reads more bytes into the buffer. After this, call <see cref="TryReadLine"/> again.</summary>
    public async ValueTask FillAsync(CancellationToken ct)
    {
        if (_eof) return;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), ct);
        if (read == 0)
        {
            _eof = true;
            return;
        }
        _hash?.AppendData(_buffer, _end, read);
        BytesRead += read;
        _end += read;
        if (_atStart && _end >= 3)
        {
            _atStart = false;
            if (_buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                _start = 3;
            }
        }
    }

    /// <summary>Reads the rest of the stream without looking at it (to finish the hash of a rejected file).</summary>
    public async ValueTask DrainAsync(CancellationToken ct)
    {
        while (!_eof)
        {
            _start = _end = 0;
            await FillAsync(ct);
        }
        _start = _end;
    }

    /// <summary>The SHA-256 of every byte read, as 64 lowercase hex characters.</summary>
    public string Sha256() => Convert.ToHexStringLower(
        (_hash ?? throw new InvalidOperationException("This reader was created without hashing.")).GetHashAndReset());

    public void Dispose()
    {
        _hash?.Dispose();
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
