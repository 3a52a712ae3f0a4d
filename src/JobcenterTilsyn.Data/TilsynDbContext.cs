using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Identitet;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data;

/// <summary>
/// The application's database, users and roles (ASP.NET Core Identity) included. Tables are configured by the
/// IEntityTypeConfiguration classes in this assembly. Also the web tier's data-protection key ring, so every app
/// instance reads the sign-in and antiforgery cookies the others wrote (operations.md, "More than one instance").
/// </summary>
public class TilsynDbContext(DbContextOptions<TilsynDbContext> options)
    : IdentityDbContext<Bruger, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<KommuneEntity> Kommuner => Set<KommuneEntity>();

    public DbSet<YdelsesperiodeEntity> Ydelsesperioder => Set<YdelsesperiodeEntity>();

    public DbSet<IndsatsEntity> Indsatser => Set<IndsatsEntity>();

    public DbSet<SamtaleEntity> Samtaler => Set<SamtaleEntity>();

    public DbSet<RammevilkaarEntity> Rammevilkaar => Set<RammevilkaarEntity>();

    public DbSet<ImportBatchEntity> ImportBatches => Set<ImportBatchEntity>();
    /// <summary>
    /// Pinned: otherwise Identity reads it from the app's IdentityOptions, and a context made by the web app
    /// would build another model than one made by the CLI or a test.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version1;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TilsynDbContext).Assembly);
    }
}
