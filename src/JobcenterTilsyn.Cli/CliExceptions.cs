namespace JobcenterTilsyn.Cli;

/// <summary>The command line itself is wrong (exit code 2).</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>The input the command was given is invalid (exit code 1).</summary>
public sealed class CliInputException(string message) : Exception(message);
