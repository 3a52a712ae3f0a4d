using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Import;

/// <summary>The schema the import relies on, as the migrations create it.</summary>
public sealed class ImportSchemaTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a migration");
    }

    [Theory]
    [InlineData("ux_ydelsesperiode_person_row", "(person_id, startdato, slutdato, kommunekode, ydelsesgruppe) NULLS NOT DISTINCT")]
    [InlineData("ux_indsats_person_row", "(person_id, startdato, slutdato, kommunekode, indsatstype) NULLS NOT DISTINCT")]
    [InlineData("pk_samtale", "(person_id, dato, kommunekode)")]
    [InlineData("pk_rammevilkaar", "(aar, kommunekode, variabel)")]
    [InlineData("ux_import_batch_kind_sha256_succeeded", "(kind, sha256) WHERE ((outcome)::text = 'succeeded'::text)")]
    public async Task Identical_rows_are_kept_out_by_a_unique_index(string index, string definition)
    {
        var found = await database.StringsAsync("SELECT indexdef FROM pg_indexes WHERE indexname = @name", ("name", index));

        found.Should().ContainSingle().Which.Should().Contain("UNIQUE").And.EndWith(definition);
    }

    [Fact]
    public async Task Person_ids_compare_byte_by_byte_so_their_order_is_ordinal()
    {
        var collations = await database.StringsAsync("""
            SELECT table_name || ':' || collation_name FROM information_schema.columns
            WHERE column_name = 'person_id' AND table_schema = 'public' ORDER BY 1
            """);

        collations.Should().Equal("indsats:C", "samtale:C", "ydelsesperiode:C");
    }
}
