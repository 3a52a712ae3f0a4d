using JobcenterTilsyn.Data.Tilsynssager;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class TilsynssagTilstandeAabnetPlanModtagetTilbagekaldt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_tilsynssag_aaben_pr_kommune",
                table: "tilsynssag");

            migrationBuilder.AddColumn<string>(
                name: "trin",
                table: "tilsynssag_haendelse",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_tilsynssag_aaben_pr_kommune",
                table: "tilsynssag",
                column: "kommunekode",
                unique: true,
                filter: "tilstand NOT IN ('afsluttet', 'tilbagekaldt')");

            migrationBuilder.Sql(Tilstandsomlaegning.Op);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Tilstandsomlaegning.Ned);

            migrationBuilder.DropIndex(
                name: "ux_tilsynssag_aaben_pr_kommune",
                table: "tilsynssag");

            migrationBuilder.DropColumn(
                name: "trin",
                table: "tilsynssag_haendelse");

            migrationBuilder.CreateIndex(
                name: "ux_tilsynssag_aaben_pr_kommune",
                table: "tilsynssag",
                column: "kommunekode",
                unique: true,
                filter: "tilstand <> 'afsluttet'");
        }
    }
}
