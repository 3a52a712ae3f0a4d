using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class KommuneConfiguration : IEntityTypeConfiguration<KommuneEntity>
{
    public void Configure(EntityTypeBuilder<KommuneEntity> builder)
    {
        builder.ToTable("kommune");
        builder.HasKey(k => k.Kommunekode);
        builder.Property(k => k.Kommunekode).ValueGeneratedNever();
        builder.Property(k => k.Navn).HasMaxLength(100);
        builder.Property(k => k.Region).HasMaxLength(50);
        builder.HasIndex(k => k.Region);
    }
}
