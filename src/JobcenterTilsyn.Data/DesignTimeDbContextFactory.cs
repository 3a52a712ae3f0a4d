using Microsoft.EntityFrameworkCore.Design;

namespace JobcenterTilsyn.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running app or database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TilsynDbContext>
{
    public TilsynDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsSetup.For(
            Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? "Host=127.0.0.1;Database=design_time"));
}
