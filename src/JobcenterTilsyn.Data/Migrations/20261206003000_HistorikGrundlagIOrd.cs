using JobcenterTilsyn.Data.Tilsynssager;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <summary>Data only (the model is unchanged): old case openings' basis in words (<see cref="Grundlagsomskrivning"/>).</summary>
    [DbContext(typeof(TilsynDbContext))]
    [Migration("20261206003000_HistorikGrundlagIOrd")]
    public partial class HistorikGrundlagIOrd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Grundlagsomskrivning.Op);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the older version shows the details as text, and the words read as well there.
        }
    }
}
