using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class VictimSafety : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ShowNamesInLists",
                table: "StaffSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CitizenBirthDate",
                table: "Inquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                table: "Citizens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProtectedFrom",
                table: "Citizens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProtectedUntil",
                table: "Citizens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RepeatOfCaseId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepeatOfCaseNumber",
                table: "Cases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShowNamesInLists",
                table: "StaffSessions");

            migrationBuilder.DropColumn(
                name: "CitizenBirthDate",
                table: "Inquiries");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "ProtectedFrom",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "ProtectedUntil",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "RepeatOfCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RepeatOfCaseNumber",
                table: "Cases");
        }
    }
}
