using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class BeregningConfiguration : IEntityTypeConfiguration<BeregningEntity>
{
    public void Configure(EntityTypeBuilder<BeregningEntity> builder)
    {
        builder.ToTable("beregning");
        builder.Property(b => b.Art).HasMaxLength(30);
        builder.Property(b => b.Omfang).HasMaxLength(100);
        builder.Property(b => b.StartetAf).HasMaxLength(256);
    }
}
