using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ManagerDashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcknowledgedAt",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReview",
                table: "CrisisPlanVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ContactPersonAssignedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstInquiryAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VisitedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RefresherDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ClosedAt_DueAt",
                table: "Tasks",
                columns: new[] { "ClosedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_SentAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SentAt",
                table: "Referrals",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_OrganisationId_ReceivedAt",
                table: "Inquiries",
                columns: new[] { "OrganisationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_ReceivedAt",
                table: "Inquiries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAt",
                table: "Cases",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpenedAt",
                table: "Cases",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_ClosedAt",
                table: "Cases",
                columns: new[] { "OrganisationId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_OpenedAt",
                table: "Cases",
                columns: new[] { "OrganisationId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_Status_RiskLevel",
                table: "Cases",
                columns: new[] { "OrganisationId", "Status", "RiskLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ContactPersonId",
                table: "Cases",
                columns: new[] { "Status", "ContactPersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_RiskLevel",
                table: "Cases",
                columns: new[] { "Status", "RiskLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_StaffMemberId_TrainedOn",
                table: "TrainingRecords",
                columns: new[] { "StaffMemberId", "TrainedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_TrainedOn",
                table: "TrainingRecords",
                column: "TrainedOn");
            // Existing data gets the milestones, acknowledgements, review dates and register rows it already implies.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET
                  "VisitedAt" = (SELECT MIN(e."At") FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id" AND e."Kind" = 'Visitation'),
                  "ContactPersonAssignedAt" = (SELECT MIN(a."From") FROM "ContactPersonAssignments" a WHERE a."CaseId" = "Cases"."Id"),
                  "FirstInquiryAt" = (SELECT MIN(i."ReceivedAt") FROM "Inquiries" i WHERE i."CaseId" = "Cases"."Id");
                UPDATE "Referrals" SET "AcknowledgedAt" =
                  (SELECT MIN(c."At") FROM "ReferralStatusChange" c WHERE c."ReferralId" = "Referrals"."Id" AND c."From" = 'Sendt'),
                  "OrganisationId" = (SELECT k."OrganisationId" FROM "Cases" k WHERE k."Id" = "Referrals"."CaseId");
                UPDATE "CrisisPlanVersions" SET "NextReview" = json_extract("ContentJson", '$.NextReview');
                INSERT INTO "TrainingRecords" ("StaffMemberId", "Course", "TrainedOn", "RefresherDue", "RecordedByName", "RecordedAt")
                  SELECT "Id", CASE WHEN "Role" = 'Visitator' THEN 'Visitator' ELSE 'StalkingGrund' END, "StalkingTrainedOn",
                         date("StalkingTrainedOn", '+2 years'), 'Portal (fra medarbejderens stalkinguddannelse)',
                         ((CAST(strftime('%s', 'now') AS INTEGER) * 10000000 + 621355968000000000) / 1000) << 11
                  FROM "Staff" WHERE "StalkingTrainedOn" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ClosedAt_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_SentAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_SentAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Inquiries_OrganisationId_ReceivedAt",
                table: "Inquiries");

            migrationBuilder.DropIndex(
                name: "IX_Inquiries_ReceivedAt",
                table: "Inquiries");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OpenedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_ClosedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_OpenedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_Status_RiskLevel",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_ContactPersonId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_RiskLevel",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "NextReview",
                table: "CrisisPlanVersions");

            migrationBuilder.DropColumn(
                name: "ContactPersonAssignedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FirstInquiryAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "VisitedAt",
                table: "Cases");
        }
    }
}
