using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class MaalresultatConfiguration : IEntityTypeConfiguration<MaalresultatEntity>
{
    public void Configure(EntityTypeBuilder<MaalresultatEntity> builder)
    {
        builder.ToTable("maalresultat");
        builder.HasKey(m => new { m.Maaned, m.Kommunekode, m.Maal });
        builder.HasIndex(m => new { m.Kommunekode, m.Maaned });
        builder.Property(m => m.Regelsaet).HasMaxLength(50);
    }
}
