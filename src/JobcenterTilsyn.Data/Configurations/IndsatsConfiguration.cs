using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class IndsatsConfiguration : IEntityTypeConfiguration<IndsatsEntity>
{
    public void Configure(EntityTypeBuilder<IndsatsEntity> builder)
    {
        builder.ToTable("indsats");
        // No surrogate key and no foreign keys: every row costs only the heap and the one index below, which keeps the
        // bulk import fast (a foreign key check is a trigger per row, several times the cost of the insert). The importer
        // admits only the 98 official kommunekoder and records the batch; see docs/import.md.
        builder.HasNoKey();
        builder.Property(i => i.PersonId).HasColumnType("text").UseCollation(PersonIdCollation.Name);
        builder.Property(i => i.Indsatstype).HasColumnType("smallint");

        // De-duplication of identical rows and the person_id-ordered stream of the measurement pass (see ydelsesperiode).
        builder.HasIndex(i => new { i.PersonId, i.Startdato, i.Slutdato, i.Kommunekode, i.Indsatstype })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasDatabaseName("ux_indsats_person_row");
    }
}
