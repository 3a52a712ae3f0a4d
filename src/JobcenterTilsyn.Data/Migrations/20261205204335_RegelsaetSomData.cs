using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobcenterTilsyn.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegelsaetSomData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regelsaet_haendelse",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tidspunkt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    bruger = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    handling = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    regelsaet = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    detaljer = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regelsaet_haendelse", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_regelsaet_haendelse_tidspunkt",
                table: "regelsaet_haendelse",
                column: "tidspunkt");

            // The shipped rule sets are data (rules.md §7): seeded here with their values as shipped, so the table is the one
            // source of truth and no code default can silently change the rules of stored figures. A database where the
            // old start-up seeding already inserted them keeps its rows.
            migrationBuilder.Sql("""
                INSERT INTO regelsaet (navn, gyldig_fra, graense_a, graense_b, graense_c, graense_d, taellede_grupper, bro_dage,
                                       oevo_taeller_for_alle, uddannelseshjaelp_undtagelse, resultat_andel, brugt, oprettet, oprettet_af)
                VALUES ('LAB-2019', DATE '2019-01-01', 0.70, 0.80, NULL, NULL, '{1,2,3,4,5,6}', 14, true, false, 0.20, false, now(), 'system'),
                       ('OEVO-2024', DATE '2024-01-01', 0.70, 0.80, NULL, NULL, '{1,2,3,4,5,6}', 14, false, true, 0.20, false, now(), 'system')
                ON CONFLICT (navn) DO NOTHING;
                """);

            // A rule set that produced stored figures is never edited or deleted (rules.md §7): those figures name it.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION regelsaet_brugt_er_laast() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'TRUNCATE' THEN
                    IF EXISTS (SELECT 1 FROM regelsaet WHERE brugt) THEN
                      RAISE EXCEPTION 'rule set locked: TRUNCATE of regelsaet would remove rule sets used for stored figures'
                        USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN NULL;
                  END IF;
                  IF OLD.brugt THEN
                    RAISE EXCEPTION 'rule set locked: rule set % has produced stored figures; % is not allowed, add a newer rule set instead', OLD.navn, TG_OP
                      USING ERRCODE = 'integrity_constraint_violation';
                  END IF;
                  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER regelsaet_brugt_laast BEFORE UPDATE OR DELETE ON regelsaet
                  FOR EACH ROW EXECUTE FUNCTION regelsaet_brugt_er_laast();
                CREATE TRIGGER regelsaet_brugt_ingen_truncate BEFORE TRUNCATE ON regelsaet
                  FOR EACH STATEMENT EXECUTE FUNCTION regelsaet_brugt_er_laast();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS regelsaet_brugt_ingen_truncate ON regelsaet;
                DROP TRIGGER IF EXISTS regelsaet_brugt_laast ON regelsaet;
                DROP FUNCTION IF EXISTS regelsaet_brugt_er_laast();
                """);
            migrationBuilder.DropTable(
                name: "regelsaet_haendelse");
        }
    }
}
