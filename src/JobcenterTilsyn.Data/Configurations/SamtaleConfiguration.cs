using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class SamtaleConfiguration : IEntityTypeConfiguration<SamtaleEntity>
{
    public void Configure(EntityTypeBuilder<SamtaleEntity> builder)
    {
        builder.ToTable("samtale");
        // No foreign keys, as on ydelsesperiode: a foreign key check is a trigger per row, several times the cost of the insert.
        // No column is optional, so the row itself is the key: identical rows are stored once, ordered by person.
        builder.HasKey(s => new { s.PersonId, s.Dato, s.Kommunekode });
        builder.Property(s => s.PersonId).HasColumnType("text").UseCollation(PersonIdCollation.Name);
    }
}
