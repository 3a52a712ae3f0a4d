using JobcenterTilsyn.Testing;

namespace JobcenterTilsyn.Data.Tests.Laesemodeller;

/// <summary>A throwaway database holding the computed small demo set, shared by one test class.</summary>
public sealed class DemoResultatDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await DemoResultater.SikrAsync(Database.ConnectionString);
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
