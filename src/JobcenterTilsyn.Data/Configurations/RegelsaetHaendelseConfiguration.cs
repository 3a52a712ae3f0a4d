using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class RegelsaetHaendelseConfiguration : IEntityTypeConfiguration<RegelsaetHaendelseEntity>
{
    public void Configure(EntityTypeBuilder<RegelsaetHaendelseEntity> builder)
    {
        builder.ToTable("regelsaet_haendelse");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Bruger).HasMaxLength(256);
        builder.Property(h => h.Handling).HasMaxLength(40);
        // No foreign key: the trail outlives an unused rule set that was deleted.
        builder.Property(h => h.Regelsaet).HasMaxLength(50);
        builder.HasIndex(h => h.Tidspunkt);
    }
}
