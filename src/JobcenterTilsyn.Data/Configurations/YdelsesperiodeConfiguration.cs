using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class YdelsesperiodeConfiguration : IEntityTypeConfiguration<YdelsesperiodeEntity>
{
    public void Configure(EntityTypeBuilder<YdelsesperiodeEntity> builder)
    {
        builder.ToTable("ydelsesperiode");
        // No surrogate key and no foreign keys: every row costs only the heap and the one index below, which keeps the
        // bulk import fast (a foreign key check is a trigger per row, several times the cost of the insert). The importer
        // admits only the 98 official kommunekoder and records the batch; see docs/import.md.
        builder.HasNoKey();
        builder.Property(p => p.PersonId).HasColumnType("text").UseCollation(PersonIdCollation.Name);
        builder.Property(p => p.Ydelsesgruppe).HasColumnType("smallint");

        // One index does three jobs: de-duplication of identical rows (an open slutdato equals another open one),
        // the person_id-ordered stream of the measurement pass, and index-only reads of a person's rows.
        builder.HasIndex(p => new { p.PersonId, p.Startdato, p.Slutdato, p.Kommunekode, p.Ydelsesgruppe })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasDatabaseName("ux_ydelsesperiode_person_row");
    }
}
