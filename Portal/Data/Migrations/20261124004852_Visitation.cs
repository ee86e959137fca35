using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Visitation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsAcute",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "RiskAssessedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskInstrument",
                table: "Cases",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskLevel",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedById = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedByName = table.Column<string>(type: "TEXT", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsAcute = table.Column<bool>(type: "INTEGER", nullable: false),
                    CallerKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CallerName = table.Column<string>(type: "TEXT", nullable: true),
                    CallerOrganisation = table.Column<string>(type: "TEXT", nullable: true),
                    CallerPhone = table.Column<string>(type: "TEXT", nullable: true),
                    EntryChannel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CitizenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CitizenPhone = table.Column<string>(type: "TEXT", nullable: true),
                    CitizenCpr = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CitizenKnows = table.Column<bool>(type: "INTEGER", nullable: true),
                    RegisteredById = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", nullable: false),
                    TakenById = table.Column<int>(type: "INTEGER", nullable: true),
                    TakenByName = table.Column<string>(type: "TEXT", nullable: true),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inquiries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    InstrumentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FinalLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RaiseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssessedById = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedByName = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitationDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedById = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrentStep = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitationDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitationDrafts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_AnsweredAt",
                table: "Consultations",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_CaseId",
                table: "Consultations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_RequestId",
                table: "Consultations",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_CaseId",
                table: "Inquiries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_RegisteredById",
                table: "Inquiries",
                column: "RegisteredById");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_RequestId",
                table: "Inquiries",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_TakenAt_IsAcute",
                table: "Inquiries",
                columns: new[] { "TakenAt", "IsAcute" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_CaseId",
                table: "RiskAssessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitationDrafts_CaseId",
                table: "VisitationDrafts",
                column: "CaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Inquiries");

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "VisitationDrafts");

            migrationBuilder.DropColumn(
                name: "IsAcute",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RiskAssessedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RiskInstrument",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RiskLevel",
                table: "Cases");
        }
    }
}
