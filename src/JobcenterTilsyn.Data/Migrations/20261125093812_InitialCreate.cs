using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

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
                name: "ix_benchmark_resultat_kommunekode_periode_til",
                table: "benchmark_resultat",
                columns: new[] { "kommunekode", "periode_til" });

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
                name: "bruger_claim");

            migrationBuilder.DropTable(
                name: "bruger_login");

            migrationBuilder.DropTable(
                name: "bruger_rolle");

            migrationBuilder.DropTable(
                name: "bruger_token");

            migrationBuilder.DropTable(
                name: "indsats");

            migrationBuilder.DropTable(
                name: "maalresultat");

            migrationBuilder.DropTable(
                name: "rammevilkaar");

            migrationBuilder.DropTable(
                name: "regelsaet");

            migrationBuilder.DropTable(
                name: "rolle_claim");

            migrationBuilder.DropTable(
                name: "samtale");

            migrationBuilder.DropTable(
                name: "tilsynssag_bilag");

            migrationBuilder.DropTable(
                name: "udpegning");

            migrationBuilder.DropTable(
                name: "ydelsesperiode");

            migrationBuilder.DropTable(
                name: "bruger");

            migrationBuilder.DropTable(
                name: "import_batch");

            migrationBuilder.DropTable(
                name: "rolle");

            migrationBuilder.DropTable(
                name: "tilsynssag_haendelse");

            migrationBuilder.DropTable(
                name: "tilsynssag");

            migrationBuilder.DropTable(
                name: "kommune");
        }
    }
}
