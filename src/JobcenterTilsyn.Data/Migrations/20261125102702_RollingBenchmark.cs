using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class RollingBenchmark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "rang_hoej",
                table: "benchmark_resultat",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "rang_lav",
                table: "benchmark_resultat",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "residual_hoej",
                table: "benchmark_resultat",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "residual_lav",
                table: "benchmark_resultat",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "modelversion",
                table: "benchmark_model",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "regelsaet",
                table: "benchmark_model",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indstilling",
                columns: table => new
                {
                    noegle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    vaerdi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    aendret = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aendret_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indstilling", x => x.noegle);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indstilling");

            migrationBuilder.DropColumn(
                name: "rang_hoej",
                table: "benchmark_resultat");

            migrationBuilder.DropColumn(
                name: "rang_lav",
                table: "benchmark_resultat");

            migrationBuilder.DropColumn(
                name: "residual_hoej",
                table: "benchmark_resultat");

            migrationBuilder.DropColumn(
                name: "residual_lav",
                table: "benchmark_resultat");

            migrationBuilder.DropColumn(
                name: "modelversion",
                table: "benchmark_model");

            migrationBuilder.DropColumn(
                name: "regelsaet",
                table: "benchmark_model");
        }
    }
}
