using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class RegelsaetConfiguration : IEntityTypeConfiguration<RegelsaetEntity>
{
    public void Configure(EntityTypeBuilder<RegelsaetEntity> builder)
    {
        builder.ToTable("regelsaet");
        builder.HasKey(r => r.Navn);
        builder.Property(r => r.Navn).HasMaxLength(50);
        builder.HasIndex(r => r.GyldigFra).IsUnique();
        builder.Property(r => r.OprettetAf).HasMaxLength(256);
    }
}
