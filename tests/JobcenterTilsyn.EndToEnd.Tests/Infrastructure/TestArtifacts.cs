namespace JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

/// <summary>Files tests leave for people to look at (screenshots): <c>JT_TEST_ARTIFACTS</c>, else a temp folder.</summary>
public static class TestArtifacts
{
    public const string FolderVariable = "JT_TEST_ARTIFACTS";

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "jobcentertilsyn-test-artifacts");

    /// <summary>A path inside <see cref="Folder"/>, creating its folders.</summary>
    public static string PathFor(params string[] parts)
    {
        var path = Path.Combine([Folder, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
