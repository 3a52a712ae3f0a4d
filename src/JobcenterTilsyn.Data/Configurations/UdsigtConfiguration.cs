using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class UdsigtConfiguration : IEntityTypeConfiguration<UdsigtEntity>
{
    public void Configure(EntityTypeBuilder<UdsigtEntity> builder)
    {
        builder.ToTable("udsigt");
        builder.HasKey(u => new { u.StatusMaaned, u.Maaned, u.Kommunekode, u.Maal });
        builder.HasIndex(u => new { u.Kommunekode, u.StatusMaaned });
        builder.Property(u => u.Regelsaet).HasMaxLength(50);
    }
}
