using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseGateAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EntraObjectId",
                table: "Staff",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Staff",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "RecipientOrganisationId",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharedAsSentJson",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Inquiries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "NameProtected",
                table: "Citizens",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "EmergencyAccesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Justified = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PoliceDistrictId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffSessions_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Organisations",
                columns: new[] { "Id", "Kind", "Name", "PoliceDistrictId" },
                values: new object[,]
                {
                    { 1, "Kommune", "Esbjerg Kommune", 2 },
                    { 2, "Politikreds", "Syd- og Sønderjyllands Politi", null },
                    { 3, "Kommune", "Vejle Kommune", 4 },
                    { 4, "Politikreds", "Sydøstjyllands Politi", null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Staff_EntraObjectId",
                table: "Staff",
                column: "EntraObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Staff_OrganisationId",
                table: "Staff",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId",
                table: "Cases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_CaseId_StaffMemberId_ExpiresAt",
                table: "EmergencyAccesses",
                columns: new[] { "CaseId", "StaffMemberId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_Justified",
                table: "EmergencyAccesses",
                column: "Justified");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_StaffMemberId",
                table: "EmergencyAccesses",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffSessions_StaffMemberId",
                table: "StaffSessions",
                column: "StaffMemberId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Organisations_OrganisationId",
                table: "Cases",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Staff_Organisations_OrganisationId",
                table: "Staff",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Rows from before organisations existed belong to the first municipality (default 1 above); its police
            // staff and the referrals sent to the police belong to its police district.
            migrationBuilder.Sql("UPDATE Staff SET OrganisationId = 2 WHERE Role = 'Politi';");
            migrationBuilder.Sql("UPDATE Referrals SET RecipientOrganisationId = 2 WHERE Recipient = 'Politi';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Organisations_OrganisationId",
                table: "Cases");

            migrationBuilder.DropForeignKey(
                name: "FK_Staff_Organisations_OrganisationId",
                table: "Staff");

            migrationBuilder.DropTable(
                name: "EmergencyAccesses");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "StaffSessions");

            migrationBuilder.DropIndex(
                name: "IX_Staff_EntraObjectId",
                table: "Staff");

            migrationBuilder.DropIndex(
                name: "IX_Staff_OrganisationId",
                table: "Staff");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EntraObjectId",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "RecipientOrganisationId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "SharedAsSentJson",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Inquiries");

            migrationBuilder.DropColumn(
                name: "NameProtected",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Cases");
        }
    }
}
