using System.Security.Cryptography;

namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// Turns a CPR number into its keyed pseudonym: HMAC-SHA256 over the ten ASCII digits (dash dropped),
/// as 64 lowercase hex characters (data-contract.md). The same number always gives the same pseudonym under one key.
/// </summary>
public sealed class CprPseudonymizer
{
    private readonly byte[] _key;

    internal CprPseudonymizer(byte[] key) => _key = key;

    /// <summary>The pseudonym of a CPR number written <c>DDMMYY-SSSS</c> or <c>DDMMYYSSSS</c>.</summary>
    /// <exception cref="ArgumentException">The value is not of CPR shape or names no day of a year.</exception>
    public string Pseudonym(string cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        if (cpr.Length is not (10 or 11)) throw new ArgumentException("Not a CPR number (DDMMYY-SSSS or DDMMYYSSSS).", nameof(cpr));
        Span<byte> value = stackalloc byte[cpr.Length];
        for (var i = 0; i < cpr.Length; i++)
        {
            value[i] = cpr[i] < 128 ? (byte)cpr[i] : (byte)'?';
        }
        if (Cpr.Classify(value) != PersonIdShape.Cpr)
        {
            throw new ArgumentException("Not a valid CPR number (DDMMYY-SSSS or DDMMYYSSSS).", nameof(cpr));
        }
        Span<byte> digits = stackalloc byte[Cpr.Digits];
        Cpr.CopyDigits(value, digits);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, digits, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>A reusable HMAC for the hot path (one per import; not thread-safe).</summary>
    internal IncrementalHash CreateHmac() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
}
