using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

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
                name: "benchmark_model",
                columns: table => new
                {
                    periode_fra = table.Column<DateOnly>(type: "date", nullable: false),
                    periode_til = table.Column<DateOnly>(type: "date", nullable: false),
                    omraade = table.Column<short>(type: "smallint", nullable: false),
                    variabler = table.Column<string[]>(type: "text[]", nullable: false),
                    koefficienter = table.Column<double[]>(type: "double precision[]", nullable: false),
                    standardfejl = table.Column<double[]>(type: "double precision[]", nullable: false),
                    r_kvadrat = table.Column<double>(type: "double precision", nullable: false),
                    n = table.Column<int>(type: "integer", nullable: false),
                    beregning_id = table.Column<long>(type: "bigint", nullable: false),
                    beregnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benchmark_model", x => new { x.periode_fra, x.periode_til, x.omraade });
                });

            migrationBuilder.CreateTable(
                name: "benchmark_resultat",
                columns: table => new
                {
                    periode_fra = table.Column<DateOnly>(type: "date", nullable: false),
                    periode_til = table.Column<DateOnly>(type: "date", nullable: false),
                    omraade = table.Column<short>(type: "smallint", nullable: false),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    fuldtidspersoner = table.Column<double>(type: "double precision", nullable: false),
                    befolkning = table.Column<double>(type: "double precision", nullable: false),
                    faktisk_andel = table.Column<double>(type: "double precision", nullable: false),
                    forventet_andel = table.Column<double>(type: "double precision", nullable: false),
                    residual = table.Column<double>(type: "double precision", nullable: false),
                    prediktion_se = table.Column<double>(type: "double precision", nullable: false),
                    rang = table.Column<int>(type: "integer", nullable: false),
                    klynge = table.Column<int>(type: "integer", nullable: false),
                    laer_af = table.Column<short[]>(type: "smallint[]", nullable: false),
                    beregning_id = table.Column<long>(type: "bigint", nullable: false),
                    beregnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benchmark_resultat", x => new { x.periode_fra, x.periode_til, x.omraade, x.kommunekode });
                });

            migrationBuilder.CreateTable(
                name: "beregning",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    art = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    omfang = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    startet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    afsluttet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    startet_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    personer_laest = table.Column<long>(type: "bigint", nullable: false),
                    fejl = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beregning", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "maalresultat",
                columns: table => new
                {
                    maaned = table.Column<DateOnly>(type: "date", nullable: false),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    maal = table.Column<short>(type: "smallint", nullable: false),
                    taeller = table.Column<int>(type: "integer", nullable: false),
                    naevner = table.Column<int>(type: "integer", nullable: false),
                    graense = table.Column<double>(type: "double precision", nullable: true),
                    regelsaet = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    beregning_id = table.Column<long>(type: "bigint", nullable: false),
                    beregnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maalresultat", x => new { x.maaned, x.kommunekode, x.maal });
                });

            migrationBuilder.CreateTable(
                name: "regelsaet",
                columns: table => new
                {
                    navn = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    gyldig_fra = table.Column<DateOnly>(type: "date", nullable: false),
                    graense_a = table.Column<double>(type: "double precision", nullable: false),
                    graense_b = table.Column<double>(type: "double precision", nullable: false),
                    graense_c = table.Column<double>(type: "double precision", nullable: true),
                    graense_d = table.Column<double>(type: "double precision", nullable: true),
                    taellede_grupper = table.Column<short[]>(type: "smallint[]", nullable: false),
                    bro_dage = table.Column<int>(type: "integer", nullable: false),
                    oevo_taeller_for_alle = table.Column<bool>(type: "boolean", nullable: false),
                    uddannelseshjaelp_undtagelse = table.Column<bool>(type: "boolean", nullable: false),
                    resultat_andel = table.Column<double>(type: "double precision", nullable: false),
                    brugt = table.Column<bool>(type: "boolean", nullable: false),
                    oprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    oprettet_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regelsaet", x => x.navn);
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
                name: "udpegning",
                columns: table => new
                {
                    aar = table.Column<int>(type: "integer", nullable: false),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    kategori = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resultat_kriterie = table.Column<bool>(type: "boolean", nullable: false),
                    indsats_kriterie = table.Column<bool>(type: "boolean", nullable: false),
                    a_taeller = table.Column<int>(type: "integer", nullable: false),
                    a_naevner = table.Column<int>(type: "integer", nullable: false),
                    b_taeller = table.Column<int>(type: "integer", nullable: false),
                    b_naevner = table.Column<int>(type: "integer", nullable: false),
                    graense_a = table.Column<double>(type: "double precision", nullable: false),
                    graense_b = table.Column<double>(type: "double precision", nullable: false),
                    rang = table.Column<int>(type: "integer", nullable: false),
                    antal_kommuner = table.Column<int>(type: "integer", nullable: false),
                    regelsaet = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    beregning_id = table.Column<long>(type: "bigint", nullable: false),
                    beregnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_udpegning", x => new { x.aar, x.kommunekode });
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
                name: "ix_benchmark_resultat_kommunekode_periode_til",
                table: "benchmark_resultat",
                columns: new[] { "kommunekode", "periode_til" });

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
                name: "ix_kommune_region",
                table: "kommune",
                column: "region");

            migrationBuilder.CreateIndex(
                name: "ix_maalresultat_kommunekode_maaned",
                table: "maalresultat",
                columns: new[] { "kommunekode", "maaned" });

            migrationBuilder.CreateIndex(
                name: "ix_rammevilkaar_import_batch_id",
                table: "rammevilkaar",
                column: "import_batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_rammevilkaar_kommunekode",
                table: "rammevilkaar",
                column: "kommunekode");

            migrationBuilder.CreateIndex(
                name: "ix_regelsaet_gyldig_fra",
                table: "regelsaet",
                column: "gyldig_fra",
                unique: true);

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
                name: "benchmark_model");

            migrationBuilder.DropTable(
                name: "benchmark_resultat");

            migrationBuilder.DropTable(
                name: "beregning");

            migrationBuilder.DropTable(
                name: "indsats");

            migrationBuilder.DropTable(
                name: "maalresultat");

            migrationBuilder.DropTable(
                name: "rammevilkaar");

            migrationBuilder.DropTable(
                name: "regelsaet");

            migrationBuilder.DropTable(
                name: "samtale");

            migrationBuilder.DropTable(
                name: "udpegning");

            migrationBuilder.DropTable(
                name: "ydelsesperiode");

            migrationBuilder.DropTable(
                name: "import_batch");

            migrationBuilder.DropTable(
                name: "kommune");
        }
    }
}
