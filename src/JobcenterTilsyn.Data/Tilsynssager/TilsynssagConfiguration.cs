using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Tilsynssager;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Tilsynssager;

internal sealed class TilsynssagConfiguration : IEntityTypeConfiguration<TilsynssagEntity>
{
    /// <summary>An open case in SQL: not in one of the states that end a case (<see cref="SagstilstandKoder.Afsluttende"/>).</summary>
    public static readonly string AabenFilter =
        $"tilstand NOT IN ({string.Join(", ", SagstilstandKoder.Afsluttende.Select(t => $"'{t.Kode()}'"))})";

    public void Configure(EntityTypeBuilder<TilsynssagEntity> builder)
    {
        builder.ToTable("tilsynssag");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        builder.HasOne<KommuneEntity>().WithMany().HasForeignKey(s => s.Kommunekode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Tilstand).HasConversion(Sagskodekonvertering.Tilstand).HasMaxLength(30);
        builder.Property(s => s.GrundlagKategori).HasMaxLength(20);
        builder.Property(s => s.GrundlagRegelsaet).HasMaxLength(50);
        builder.Property(s => s.AabnetAf).HasMaxLength(256);
        builder.Property(s => s.RedegoerelseIndsendtAf).HasMaxLength(256);
        builder.Property(s => s.PlanIndsendtAf).HasMaxLength(256);
        builder.Property(s => s.SagsgennemgangUdfoertAf).HasMaxLength(500);
        builder.Property(s => s.Version).IsRowVersion();
        // Only one open case per municipality at a time (the database decides when two administrators race).
        builder.HasIndex(s => s.Kommunekode).IsUnique().HasFilter(AabenFilter).HasDatabaseName("ux_tilsynssag_aaben_pr_kommune");
        builder.HasIndex(s => new { s.Kommunekode, s.Aar });
        builder.HasMany(s => s.Historik).WithOne().HasForeignKey(h => h.SagId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TilsynssagHaendelseConfiguration : IEntityTypeConfiguration<TilsynssagHaendelseEntity>
{
    public void Configure(EntityTypeBuilder<TilsynssagHaendelseEntity> builder)
    {
        builder.ToTable("tilsynssag_haendelse");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Bruger).HasMaxLength(256);
        builder.Property(h => h.Rolle).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Handling).HasConversion(Sagskodekonvertering.Handling).HasMaxLength(40);
        builder.Property(h => h.FraTilstand).HasConversion(Sagskodekonvertering.Tilstand).HasMaxLength(30);
        builder.Property(h => h.TilTilstand).HasConversion(Sagskodekonvertering.Tilstand).HasMaxLength(30);
        builder.Property(h => h.Trin).HasConversion(Sagskodekonvertering.Trin).HasMaxLength(30);
        builder.HasIndex(h => new { h.SagId, h.Id });
        builder.HasMany(h => h.Bilag).WithOne().HasForeignKey(b => b.HaendelseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TilsynssagBilagConfiguration : IEntityTypeConfiguration<TilsynssagBilagEntity>
{
    public void Configure(EntityTypeBuilder<TilsynssagBilagEntity> builder)
    {
        builder.ToTable("tilsynssag_bilag");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).UseIdentityAlwaysColumn();
        builder.HasOne<TilsynssagEntity>().WithMany().HasForeignKey(b => b.SagId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_tilsynssag_bilag_tilsynssag_sag_id");
        builder.Property(b => b.Filnavn).HasMaxLength(200);
        builder.Property(b => b.ContentType).HasMaxLength(100);
        builder.Property(b => b.UploadetAf).HasMaxLength(256);
        builder.ToTable(t => t.HasCheckConstraint("ck_tilsynssag_bilag_ikke_tom", "stoerrelse > 0 AND octet_length(indhold) = stoerrelse"));
        builder.HasIndex(b => b.SagId);
    }
}
