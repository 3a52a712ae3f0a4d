namespace JobcenterTilsyn.Data.Import;

/// <summary>
/// Configuration section <c>Pseudonymization</c>: <c>Key</c> is base64 of at least 32 random bytes
/// (environment variable <c>Pseudonymization__Key</c>). Without a key, files with CPR numbers are rejected.
/// </summary>
public sealed class PseudonymizationOptions
{
    public const string SectionName = "Pseudonymization";

    /// <summary>The configuration key of <see cref="Key"/>, as <c>IConfiguration[...]</c> reads it.</summary>
    public const string ConfigurationKey = "Pseudonymization:Key";

    public const int MinimumKeyBytes = 32;

    public string? Key { get; set; }

    /// <summary>The pseudonymizer for the configured key, or null when no key is configured.</summary>
    /// <exception cref="PseudonymizationKeyException">The key is not base64 or shorter than 32 bytes.</exception>
    public CprPseudonymizer? CreatePseudonymizer()
    {
        if (string.IsNullOrWhiteSpace(Key)) return null;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Key.Trim());
        }
        catch (FormatException)
        {
            throw new PseudonymizationKeyException(
                $"The pseudonymization key ({ConfigurationKey}) is not valid base64. Generate one with: head -c 32 /dev/urandom | base64");
        }
        if (bytes.Length < MinimumKeyBytes)
        {
            throw new PseudonymizationKeyException(
                $"The pseudonymization key ({ConfigurationKey}) is {bytes.Length} bytes long; at least {MinimumKeyBytes} random bytes are required.");
        }
        return new CprPseudonymizer(bytes);
    }
}

/// <summary>The configured pseudonymization key is unusable (not base64, or too short).</summary>
public sealed class PseudonymizationKeyException(string message) : Exception(message);
