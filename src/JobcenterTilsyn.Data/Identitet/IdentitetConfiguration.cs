using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Adgang;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Identitet;

// Identity's tables under short Danish names (snake_case columns come from the naming convention).

internal sealed class BrugerConfiguration : IEntityTypeConfiguration<Bruger>
{
    public void Configure(EntityTypeBuilder<Bruger> builder)
    {
        builder.ToTable("bruger");
        builder.Property(b => b.Navn).HasMaxLength(200);
        builder.HasOne<KommuneEntity>().WithMany().HasForeignKey(b => b.Kommunekode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RolleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.ToTable("rolle");
        // The three roles of rules.md §10 exist from the first migration; ids and stamps fixed so the model is stable.
        builder.HasData(Roller.Alle.Select(r => new IdentityRole
        {
            Id = r.Navn().ToLowerInvariant(),
            Name = r.Navn(),
            NormalizedName = r.Navn().ToUpperInvariant(),
            ConcurrencyStamp = r.Navn().ToLowerInvariant(),
        }));
    }
}

internal sealed class BrugerRolleConfiguration : IEntityTypeConfiguration<IdentityUserRole<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("bruger_rolle");
}

internal sealed class BrugerClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("bruger_claim");
}

internal sealed class BrugerLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("bruger_login");
}

internal sealed class BrugerTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("bruger_token");
}

internal sealed class RolleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("rolle_claim");
}
