using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.ApiNoegler;

internal sealed class ApiNoegleConfiguration : IEntityTypeConfiguration<ApiNoegleEntity>
{
    public void Configure(EntityTypeBuilder<ApiNoegleEntity> builder)
    {
        builder.ToTable("api_noegle");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Navn).HasMaxLength(200);
        builder.Property(n => n.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(n => n.Hash).IsUnique();
        builder.Property(n => n.Praefiks).HasMaxLength(16);
        builder.Property(n => n.Rolle).HasMaxLength(50);
        builder.Property(n => n.OprettetAf).HasMaxLength(256);
        builder.Property(n => n.TilbagekaldtAf).HasMaxLength(256);
        builder.HasOne<KommuneEntity>().WithMany().HasForeignKey(n => n.Kommunekode).OnDelete(DeleteBehavior.Restrict);
        // Same rule as for users: a municipality exactly for a Jobcenterchef.
        builder.ToTable(t => t.HasCheckConstraint("ck_api_noegle_kommune", "(rolle = 'Jobcenterchef') = (kommunekode IS NOT NULL)"));
    }
}
