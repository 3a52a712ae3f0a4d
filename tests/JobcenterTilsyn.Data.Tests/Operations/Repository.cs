using System.Diagnostics;

namespace JobcenterTilsyn.Data.Tests.Operations;

/// <summary>The repository's root (where JobcenterTilsyn.sln is) and a runner for its scripts.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobcenterTilsyn.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("JobcenterTilsyn.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a file (a script under the root, or a program) to its end; returns exit code and combined output.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
