using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoredResults : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_benchmark_resultat_kommunekode_periode_til",
                table: "benchmark_resultat",
                columns: new[] { "kommunekode", "periode_til" });

            migrationBuilder.CreateIndex(
                name: "ix_maalresultat_kommunekode_maaned",
                table: "maalresultat",
                columns: new[] { "kommunekode", "maaned" });

            migrationBuilder.CreateIndex(
                name: "ix_regelsaet_gyldig_fra",
                table: "regelsaet",
                column: "gyldig_fra",
                unique: true);
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
                name: "maalresultat");

            migrationBuilder.DropTable(
                name: "regelsaet");

            migrationBuilder.DropTable(
                name: "udpegning");
        }
    }
}
