using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ExplicitKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "JournalNotes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Note");

            migrationBuilder.AddColumn<string>(
                name: "ToStatus",
                table: "CaseEvents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            // Rows written before these fields existed: derive them from the texts the code used to match, so old
            // databases behave the same. The SQL is the same for SQLite and PostgreSQL.
            migrationBuilder.Sql("""
                UPDATE "JournalNotes" SET "Kind" = 'VisitationSummary' WHERE substr("Text", 1, 18) = 'Stalkingvisitation';
                UPDATE "CaseEvents" SET "ToStatus" = 'Modtaget' WHERE "Kind" = 'StatusChanged' AND "Text" LIKE '% til Modtaget.%';
                UPDATE "CaseEvents" SET "ToStatus" = 'Visiteret' WHERE "Kind" = 'StatusChanged' AND "Text" LIKE '% til Visiteret.%';
                UPDATE "CaseEvents" SET "ToStatus" = 'IForloeb' WHERE "Kind" = 'StatusChanged' AND "Text" LIKE '% til I forløb.%';
                UPDATE "CaseEvents" SET "ToStatus" = 'Afsluttet' WHERE "Kind" = 'StatusChanged' AND "Text" LIKE '% til Afsluttet.%';
                UPDATE "Tasks" SET "Source" = 'Moedeindkaldelse' WHERE "Source" = 'Risikovurdering' AND "Title" = 'Indkald til samarbejdsmøde';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Tasks" SET "Source" = 'Risikovurdering' WHERE "Source" = 'Moedeindkaldelse';
                """);

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "JournalNotes");

            migrationBuilder.DropColumn(
                name: "ToStatus",
                table: "CaseEvents");
        }
    }
}
