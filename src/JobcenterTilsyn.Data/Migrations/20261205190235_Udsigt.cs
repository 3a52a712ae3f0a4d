using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class Udsigt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "udsigt",
                columns: table => new
                {
                    status_maaned = table.Column<DateOnly>(type: "date", nullable: false),
                    maaned = table.Column<DateOnly>(type: "date", nullable: false),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    maal = table.Column<short>(type: "smallint", nullable: false),
                    naevner = table.Column<int>(type: "integer", nullable: false),
                    har_tilbud = table.Column<int>(type: "integer", nullable: false),
                    graense = table.Column<double>(type: "double precision", nullable: false),
                    regelsaet = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    beregning_id = table.Column<long>(type: "bigint", nullable: false),
                    beregnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_udsigt", x => new { x.status_maaned, x.maaned, x.kommunekode, x.maal });
                });

            migrationBuilder.CreateIndex(
                name: "ix_udsigt_kommunekode_status_maaned",
                table: "udsigt",
                columns: new[] { "kommunekode", "status_maaned" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "udsigt");
        }
    }
}
