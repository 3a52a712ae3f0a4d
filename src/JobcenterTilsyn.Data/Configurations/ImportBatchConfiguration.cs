using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatchEntity>
{
    public void Configure(EntityTypeBuilder<ImportBatchEntity> builder)
    {
        builder.ToTable("import_batch");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Kind).HasMaxLength(20).HasConversion(k => k.Code(), s => ImportCodes.ParseKind(s));
        builder.Property(b => b.Mode).HasMaxLength(10).HasConversion(m => m.Code(), s => ImportCodes.ParseMode(s));
        builder.Property(b => b.Outcome).HasMaxLength(20).HasConversion(o => o.Code(), s => ImportCodes.ParseOutcome(s));
        builder.Property(b => b.FileName).HasColumnType("text");
        builder.Property(b => b.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(b => b.ImportedBy).HasColumnType("text");
        builder.Property(b => b.ErrorSummary).HasColumnType("text");

        // Idempotency: a file's bytes are imported at most once per kind. Rejected and repeated attempts stay in the history.
        builder.HasIndex(b => new { b.Kind, b.Sha256 })
            .IsUnique()
            .HasFilter("outcome = 'succeeded'")
            .HasDatabaseName("ux_import_batch_kind_sha256_succeeded");
    }
}
