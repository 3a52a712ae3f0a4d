namespace JobcenterTilsyn.Cli;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options of one command line.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CliArguments Parse(string[] args)
    {
        var result = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
                if (!result._options.TryAdd(name, value))
                {
                    throw new CliUsageException($"Option --{name} is given twice.");
                }
            }
            else
            {
                result.Positional.Add(a);
            }
        }
        return result;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return false;
        if (value is not null) throw new CliUsageException($"Option --{name} takes no value (got '{value}').");
        return true;
    }

    public string? Optional(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return null;
        return value ?? throw new CliUsageException($"Option --{name} needs a value.");
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliUsageException($"Option --{name} is required.");

    /// <summary>Call after reading every option a command knows: unknown options are usage errors.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new CliUsageException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
