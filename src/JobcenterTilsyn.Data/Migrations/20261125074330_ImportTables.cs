using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "import_batch",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    imported_by = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    rows_inserted = table.Column<long>(type: "bigint", nullable: false),
                    duplicates_skipped = table.Column<long>(type: "bigint", nullable: false),
                    rows_deleted = table.Column<long>(type: "bigint", nullable: false),
                    mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    error_count = table.Column<long>(type: "bigint", nullable: false),
                    error_summary = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_batch", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indsats",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    indsatstype = table.Column<short>(type: "smallint", nullable: false),
                    startdato = table.Column<DateOnly>(type: "date", nullable: false),
                    slutdato = table.Column<DateOnly>(type: "date", nullable: true),
                    import_batch_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                });

            migrationBuilder.CreateTable(
                name: "samtale",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    dato = table.Column<DateOnly>(type: "date", nullable: false),
                    import_batch_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_samtale", x => new { x.person_id, x.dato, x.kommunekode });
                });

            migrationBuilder.CreateTable(
                name: "ydelsesperiode",
                columns: table => new
                {
                    person_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    ydelsesgruppe = table.Column<short>(type: "smallint", nullable: false),
                    startdato = table.Column<DateOnly>(type: "date", nullable: false),
                    slutdato = table.Column<DateOnly>(type: "date", nullable: true),
                    import_batch_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                });

            migrationBuilder.CreateTable(
                name: "rammevilkaar",
                columns: table => new
                {
                    aar = table.Column<int>(type: "integer", nullable: false),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    variabel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    vaerdi = table.Column<double>(type: "double precision", nullable: false),
                    import_batch_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rammevilkaar", x => new { x.aar, x.kommunekode, x.variabel });
                    table.ForeignKey(
                        name: "fk_rammevilkaar_import_batch_import_batch_id",
                        column: x => x.import_batch_id,
                        principalTable: "import_batch",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rammevilkaar_kommune_kommunekode",
                        column: x => x.kommunekode,
                        principalTable: "kommune",
                        principalColumn: "kommunekode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_import_batch_kind_sha256_succeeded",
                table: "import_batch",
                columns: new[] { "kind", "sha256" },
                unique: true,
                filter: "outcome = 'succeeded'");

            migrationBuilder.CreateIndex(
                name: "ux_indsats_person_row",
                table: "indsats",
                columns: new[] { "person_id", "startdato", "slutdato", "kommunekode", "indsatstype" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_rammevilkaar_import_batch_id",
                table: "rammevilkaar",
                column: "import_batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_rammevilkaar_kommunekode",
                table: "rammevilkaar",
                column: "kommunekode");

            migrationBuilder.CreateIndex(
                name: "ux_ydelsesperiode_person_row",
                table: "ydelsesperiode",
                columns: new[] { "person_id", "startdato", "slutdato", "kommunekode", "ydelsesgruppe" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indsats");

            migrationBuilder.DropTable(
                name: "rammevilkaar");

            migrationBuilder.DropTable(
                name: "samtale");

            migrationBuilder.DropTable(
                name: "ydelsesperiode");

            migrationBuilder.DropTable(
                name: "import_batch");
        }
    }
}
