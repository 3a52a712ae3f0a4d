using System.Security.Cryptography;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// Validates a person_id cell and gives the value to store: the pseudonym as written, or the keyed pseudonym of a
/// CPR number. Remembers the previous person, since extracts list a person's rows together (no string per row then).
/// </summary>
internal sealed class PersonIdResolver : IDisposable
{
    public const string Column = "person_id";

    private readonly IncrementalHash? _hmac;
    private readonly byte[] _lastValue = new byte[Cpr.MaxPseudonymLength];
    private int _lastLength = -1;
    private string _lastPersonId = "";
    private readonly byte[] _lastCpr = new byte[Cpr.Digits];
    private string? _lastCprPseudonym;

    public PersonIdResolver(CprPseudonymizer? pseudonymizer) => _hmac = pseudonymizer?.CreateHmac();

    /// <summary>The line of the first CPR number met while no key is configured (0 = none).</summary>
    public long FirstCprWithoutKeyLine { get; private set; }

    public long CprCount { get; private set; }

    /// <summary>The value to store, or null after reporting the cell as invalid.</summary>
    public string? Resolve(ReadOnlySpan<byte> value, long line, ImportErrorList errors)
    {
        if (value.Length == _lastLength && value.SequenceEqual(_lastValue.AsSpan(0, _lastLength)))
        {
            return _lastPersonId;
        }
        switch (Cpr.Classify(value))
        {
            case PersonIdShape.Pseudonym:
                value.CopyTo(_lastValue);
                _lastLength = value.Length;
                _lastPersonId = Fields.Ascii(value);
                return _lastPersonId;
            case PersonIdShape.Cpr:
                CprCount++;
                return Pseudonymize(value, line, errors);
            case PersonIdShape.InvalidCpr:
                errors.Add(line, Column, value, "CPR number with an impossible date (DDMM is no day of a year)");
                return null;
            case PersonIdShape.Empty:
                errors.Add(line, Column, value, "required value is empty");
                return null;
            default:
                errors.Add(line, Column, value,
                    "malformed person_id: expected a pseudonym of 1-64 characters A-Z a-z 0-9 _ - or a CPR number DDMMYY-SSSS / DDMMYYSSSS");
                return null;
        }
    }

    private string? Pseudonymize(ReadOnlySpan<byte> cpr, long line, ImportErrorList errors)
    {
        if (_hmac is null)
        {
            if (FirstCprWithoutKeyLine == 0)
            {
                FirstCprWithoutKeyLine = line;
                errors.Add(line, Column, cpr,
                    $"the file contains CPR numbers but no pseudonymization key is configured ({PseudonymizationOptions.ConfigurationKey}, "
                    + "environment variable Pseudonymization__Key): a CPR number is never stored, so the file is rejected");
            }
            return null;
        }
        Span<byte> digits = stackalloc byte[Cpr.Digits];
        Cpr.CopyDigits(cpr, digits);
        if (_lastCprPseudonym is not null && digits.SequenceEqual(_lastCpr)) return _lastCprPseudonym;
        Span<byte> hash = stackalloc byte[32];
        _hmac.AppendData(digits);
        _hmac.GetHashAndReset(hash);
        digits.CopyTo(_lastCpr);
        _lastCprPseudonym = Convert.ToHexStringLower(hash);
        return _lastCprPseudonym;
    }

    public void Dispose() => _hmac?.Dispose();
}
