using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Shares made before this had no reason, end date or basis. They are kept (nobody loses access silently) as
            // whole-case shares that run out in three months, with a reason that asks the case's staff to check them.
            migrationBuilder.Sql("CREATE TABLE \"CaseShareBefore\" AS SELECT * FROM \"CaseShare\"; DELETE FROM \"CaseShare\";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CaseShare",
                table: "CaseShare");

            migrationBuilder.DropIndex(
                name: "IX_CaseShare_StaffMemberId",
                table: "CaseShare");

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "CaseShare",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<string>(
                name: "AddressReason",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ConsentMethod",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EndedAt",
                table: "CaseShare",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByName",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedHow",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IncludesAddress",
                table: "CaseShare",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "Key",
                table: "CaseShare",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "LegalBasis",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Part",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SharedById",
                table: "CaseShare",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharedByName",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StaffName",
                table: "CaseShare",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Until",
                table: "CaseShare",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaseShare",
                table: "CaseShare",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_CaseShare_CaseId",
                table: "CaseShare",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseShare_Key",
                table: "CaseShare",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseShare_StaffMemberId_EndedAt",
                table: "CaseShare",
                columns: new[] { "StaffMemberId", "EndedAt" });

            migrationBuilder.Sql("""
                INSERT INTO "CaseShare" ("CaseId", "StaffMemberId", "SharedAt", "Key", "StaffName", "SharedByName", "Reason", "Until",
                                         "Part", "Basis", "IncludesAddress")
                SELECT b."CaseId", b."StaffMemberId", b."SharedAt",
                       upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                       COALESCE(s."Name", ''), 'Portal (overført)',
                       'Delt, før Portal registrerede begrundelse og slutdato. Tjek, om delingen stadig er nødvendig.',
                       date('now', '+3 months'), 'HeleSagen', 'Samtykke', 0
                FROM "CaseShareBefore" b LEFT JOIN "Staff" s ON s."Id" = b."StaffMemberId";
                DROP TABLE "CaseShareBefore";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_CaseShare",
                table: "CaseShare");

            migrationBuilder.DropIndex(
                name: "IX_CaseShare_CaseId",
                table: "CaseShare");

            migrationBuilder.DropIndex(
                name: "IX_CaseShare_Key",
                table: "CaseShare");

            migrationBuilder.DropIndex(
                name: "IX_CaseShare_StaffMemberId_EndedAt",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "AddressReason",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "ConsentMethod",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "EndedByName",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "EndedHow",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "IncludesAddress",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "LegalBasis",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "Part",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "SharedById",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "SharedByName",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "StaffName",
                table: "CaseShare");

            migrationBuilder.DropColumn(
                name: "Until",
                table: "CaseShare");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaseShare",
                table: "CaseShare",
                columns: new[] { "CaseId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseShare_StaffMemberId",
                table: "CaseShare",
                column: "StaffMemberId");
        }
    }
}
