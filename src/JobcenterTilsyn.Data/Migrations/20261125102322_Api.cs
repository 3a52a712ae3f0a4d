using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class Api : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_noegle",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    praefiks = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rolle = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    kommunekode = table.Column<short>(type: "smallint", nullable: true),
                    oprettet_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    oprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sidst_brugt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    tilbagekaldt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    tilbagekaldt_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_noegle", x => x.id);
                    table.CheckConstraint("ck_api_noegle_kommune", "(rolle = 'Jobcenterchef') = (kommunekode IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_api_noegle_kommune_kommunekode",
                        column: x => x.kommunekode,
                        principalTable: "kommune",
                        principalColumn: "kommunekode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_noegle_hash",
                table: "api_noegle",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_noegle_kommunekode",
                table: "api_noegle",
                column: "kommunekode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_noegle");
        }
    }
}
