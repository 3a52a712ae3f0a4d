using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class CasesAndIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bruger",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    kommunekode = table.Column<short>(type: "smallint", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bruger", x => x.id);
                    table.ForeignKey(
                        name: "fk_bruger_kommune_kommunekode",
                        column: x => x.kommunekode,
                        principalTable: "kommune",
                        principalColumn: "kommunekode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rolle",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rolle", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tilsynssag",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kommunekode = table.Column<short>(type: "smallint", nullable: false),
                    aar = table.Column<int>(type: "integer", nullable: false),
                    tilstand = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    grundlag_kategori = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    grundlag_resultat_kriterie = table.Column<bool>(type: "boolean", nullable: false),
                    grundlag_indsats_kriterie = table.Column<bool>(type: "boolean", nullable: false),
                    grundlag_rang = table.Column<int>(type: "integer", nullable: false),
                    grundlag_antal_kommuner = table.Column<int>(type: "integer", nullable: false),
                    grundlag_regelsaet = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    grundlag_beregnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aabnet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aabnet_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    redegoerelse_frist = table.Column<DateOnly>(type: "date", nullable: false),
                    plan_frist = table.Column<DateOnly>(type: "date", nullable: false),
                    genopretning_slut = table.Column<DateOnly>(type: "date", nullable: true),
                    redegoerelse = table.Column<string>(type: "text", nullable: true),
                    redegoerelse_indsendt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    redegoerelse_indsendt_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    genopretningsplan = table.Column<string>(type: "text", nullable: true),
                    plan_indsendt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    plan_indsendt_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    sagsgennemgang_udfoert_af = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sagsgennemgang_omraader = table.Column<string>(type: "text", nullable: true),
                    sagsgennemgang_dato = table.Column<DateOnly>(type: "date", nullable: true),
                    minimumsmaal = table.Column<string>(type: "text", nullable: true),
                    passive_sager_gennemgang = table.Column<string>(type: "text", nullable: true),
                    afsluttet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    senest_aendret = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tilsynssag", x => x.id);
                    table.ForeignKey(
                        name: "fk_tilsynssag_kommune_kommunekode",
                        column: x => x.kommunekode,
                        principalTable: "kommune",
                        principalColumn: "kommunekode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bruger_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bruger_claim", x => x.id);
                    table.ForeignKey(
                        name: "fk_bruger_claim_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "bruger",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bruger_login",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bruger_login", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_bruger_login_bruger_user_id",
                        column: x => x.user_id,
                        principalTable: "bruger",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bruger_token",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bruger_token", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_bruger_token_bruger_user_id",
                        column: x => x.user_id,
                        principalTable: "bruger",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bruger_rolle",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bruger_rolle", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_bruger_rolle_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "rolle",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_bruger_rolle_bruger_user_id",
                        column: x => x.user_id,
                        principalTable: "bruger",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rolle_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rolle_claim", x => x.id);
                    table.ForeignKey(
                        name: "fk_rolle_claim_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "rolle",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tilsynssag_haendelse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    sag_id = table.Column<long>(type: "bigint", nullable: false),
                    tidspunkt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    bruger = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    rolle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    handling = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    fra_tilstand = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    til_tilstand = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    begrundelse = table.Column<string>(type: "text", nullable: false),
                    detaljer = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tilsynssag_haendelse", x => x.id);
                    table.ForeignKey(
                        name: "fk_tilsynssag_haendelse_tilsynssag_sag_id",
                        column: x => x.sag_id,
                        principalTable: "tilsynssag",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tilsynssag_bilag",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    sag_id = table.Column<long>(type: "bigint", nullable: false),
                    haendelse_id = table.Column<long>(type: "bigint", nullable: false),
                    filnavn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    stoerrelse = table.Column<long>(type: "bigint", nullable: false),
                    indhold = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploadet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploadet_af = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tilsynssag_bilag", x => x.id);
                    table.CheckConstraint("ck_tilsynssag_bilag_ikke_tom", "stoerrelse > 0 AND octet_length(indhold) = stoerrelse");
                    table.ForeignKey(
                        name: "fk_tilsynssag_bilag_tilsynssag_haendelse_haendelse_id",
                        column: x => x.haendelse_id,
                        principalTable: "tilsynssag_haendelse",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tilsynssag_bilag_tilsynssag_sag_id",
                        column: x => x.sag_id,
                        principalTable: "tilsynssag",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "rolle",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { "administrator", "administrator", "Administrator", "ADMINISTRATOR" },
                    { "analytiker", "analytiker", "Analytiker", "ANALYTIKER" },
                    { "jobcenterchef", "jobcenterchef", "Jobcenterchef", "JOBCENTERCHEF" }
                });

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "bruger",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_bruger_kommunekode",
                table: "bruger",
                column: "kommunekode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "bruger",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bruger_claim_user_id",
                table: "bruger_claim",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_bruger_login_user_id",
                table: "bruger_login",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_bruger_rolle_role_id",
                table: "bruger_rolle",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "rolle",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rolle_claim_role_id",
                table: "rolle_claim",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_tilsynssag_kommunekode_aar",
                table: "tilsynssag",
                columns: new[] { "kommunekode", "aar" });

            migrationBuilder.CreateIndex(
                name: "ux_tilsynssag_aaben_pr_kommune",
                table: "tilsynssag",
                column: "kommunekode",
                unique: true,
                filter: "tilstand <> 'afsluttet'");

            migrationBuilder.CreateIndex(
                name: "ix_tilsynssag_bilag_haendelse_id",
                table: "tilsynssag_bilag",
                column: "haendelse_id");

            migrationBuilder.CreateIndex(
                name: "ix_tilsynssag_bilag_sag_id",
                table: "tilsynssag_bilag",
                column: "sag_id");

            migrationBuilder.CreateIndex(
                name: "ix_tilsynssag_haendelse_sag_id_id",
                table: "tilsynssag_haendelse",
                columns: new[] { "sag_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bruger_claim");

            migrationBuilder.DropTable(
                name: "bruger_login");

            migrationBuilder.DropTable(
                name: "bruger_rolle");

            migrationBuilder.DropTable(
                name: "bruger_token");

            migrationBuilder.DropTable(
                name: "rolle_claim");

            migrationBuilder.DropTable(
                name: "tilsynssag_bilag");

            migrationBuilder.DropTable(
                name: "bruger");

            migrationBuilder.DropTable(
                name: "rolle");

            migrationBuilder.DropTable(
                name: "tilsynssag_haendelse");

            migrationBuilder.DropTable(
                name: "tilsynssag");
        }
    }
}
