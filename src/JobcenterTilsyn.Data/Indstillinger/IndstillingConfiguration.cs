using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Indstillinger;

internal sealed class IndstillingConfiguration : IEntityTypeConfiguration<IndstillingEntity>
{
    public void Configure(EntityTypeBuilder<IndstillingEntity> builder)
    {
        builder.ToTable("indstilling");
        builder.HasKey(i => i.Noegle);
        builder.Property(i => i.Noegle).HasMaxLength(100);
        builder.Property(i => i.Vaerdi).HasMaxLength(1000);
        builder.Property(i => i.AendretAf).HasMaxLength(256);
    }
}
