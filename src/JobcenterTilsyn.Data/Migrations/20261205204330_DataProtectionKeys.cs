using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class DataProtectionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sagskladde",
                columns: table => new
                {
                    bruger = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    sag_id = table.Column<long>(type: "bigint", nullable: false),
                    felter = table.Column<string>(type: "text", nullable: false),
                    bilag = table.Column<string>(type: "text", nullable: false),
                    bilag_noegle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    gemt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sagskladde", x => new { x.bruger, x.sag_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sagskladde_gemt",
                table: "sagskladde",
                column: "gemt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "sagskladde");
        }
    }
}
