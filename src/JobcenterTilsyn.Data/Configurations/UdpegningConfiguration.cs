using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class UdpegningConfiguration : IEntityTypeConfiguration<UdpegningEntity>
{
    public void Configure(EntityTypeBuilder<UdpegningEntity> builder)
    {
        builder.ToTable("udpegning");
        builder.HasKey(u => new { u.Aar, u.Kommunekode });
        builder.Property(u => u.Kategori).HasMaxLength(20);
        builder.Property(u => u.Regelsaet).HasMaxLength(50);
    }
}
