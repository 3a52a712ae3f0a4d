using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class BenchmarkResultatConfiguration : IEntityTypeConfiguration<BenchmarkResultatEntity>
{
    public void Configure(EntityTypeBuilder<BenchmarkResultatEntity> builder)
    {
        builder.ToTable("benchmark_resultat");
        builder.HasKey(b => new { b.PeriodeFra, b.PeriodeTil, b.Omraade, b.Kommunekode });
        builder.HasIndex(b => new { b.Kommunekode, b.PeriodeTil });
    }
}
