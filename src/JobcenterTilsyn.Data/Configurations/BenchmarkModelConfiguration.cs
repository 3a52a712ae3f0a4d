using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobcenterTilsyn.Data.Configurations;

internal sealed class BenchmarkModelConfiguration : IEntityTypeConfiguration<BenchmarkModelEntity>
{
    public void Configure(EntityTypeBuilder<BenchmarkModelEntity> builder)
    {
        builder.ToTable("benchmark_model");
        builder.HasKey(b => new { b.PeriodeFra, b.PeriodeTil, b.Omraade });
    }
}
