using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Tilsynssager;

internal sealed class SagskladdeConfiguration : IEntityTypeConfiguration<SagskladdeEntity>
{
    public void Configure(EntityTypeBuilder<SagskladdeEntity> builder)
    {
        builder.ToTable("sagskladde");
        builder.HasKey(k => new { k.Bruger, k.SagId });
        builder.Property(k => k.Bruger).HasMaxLength(256);
        builder.Property(k => k.BilagNoegle).HasMaxLength(100);
        // The clean-up deletes by age.
        builder.HasIndex(k => k.Gemt);
    }
}
