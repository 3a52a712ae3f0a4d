using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class RammevilkaarConfiguration : IEntityTypeConfiguration<RammevilkaarEntity>
{
    public void Configure(EntityTypeBuilder<RammevilkaarEntity> builder)
    {
        builder.ToTable("rammevilkaar");
        // A small table (98 kommuner x a few variables x years): here foreign keys cost nothing worth saving.
        builder.HasKey(r => new { r.Aar, r.Kommunekode, r.Variabel });
        builder.Property(r => r.Variabel).HasMaxLength(40);
        builder.Property(r => r.Vaerdi).HasColumnType("double precision");
        builder.HasOne<KommuneEntity>().WithMany().HasForeignKey(r => r.Kommunekode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatchEntity>().WithMany().HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
