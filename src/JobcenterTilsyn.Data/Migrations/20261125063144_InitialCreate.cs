using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kommune",
                columns: table => new
                {
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    navn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    indbyggere = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kommune", x => x.kommunekode);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kommune_region",
                table: "kommune",
                column: "region");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kommune");
        }
    }
}
