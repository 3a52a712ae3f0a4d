using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data;

/// <summary>The application's database. Tables are configured by the IEntityTypeConfiguration classes in this assembly.</summary>
public class TilsynDbContext(DbContextOptions<TilsynDbContext> options) : DbContext(options)
{
    public DbSet<KommuneEntity> Kommuner => Set<KommuneEntity>();

    public DbSet<YdelsesperiodeEntity> Ydelsesperioder => Set<YdelsesperiodeEntity>();

    public DbSet<IndsatsEntity> Indsatser => Set<IndsatsEntity>();

    public DbSet<SamtaleEntity> Samtaler => Set<SamtaleEntity>();

    public DbSet<RammevilkaarEntity> Rammevilkaar => Set<RammevilkaarEntity>();

    public DbSet<ImportBatchEntity> ImportBatches => Set<ImportBatchEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TilsynDbContext).Assembly);
    }
}
