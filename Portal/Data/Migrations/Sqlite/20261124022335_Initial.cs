using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Citizens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cpr = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AddressProtected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    SafeContact_MayCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    SafeContact_MayLeaveVoicemail = table.Column<bool>(type: "INTEGER", nullable: false),
                    SafeContact_MaySendLettersHome = table.Column<bool>(type: "INTEGER", nullable: false),
                    SafeContact_MaySendSms = table.Column<bool>(type: "INTEGER", nullable: false),
                    SafeContact_SafeTimes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Children = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citizens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DiscreetName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Username = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StalkingTrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    CaseCapacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, defaultValue: "None"),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntryChannel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsAcute = table.Column<bool>(type: "INTEGER", nullable: false),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RiskInstrument = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    RiskAssessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChildrenDecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NotificationSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotificationSentTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChildrenDecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChildrenDecidedByName = table.Column<string>(type: "TEXT", nullable: true),
                    ChildrenDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CitizenId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactPersonWishes_Language = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ContactPersonWishes_Needs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, defaultValue: "None"),
                    ContactPersonWishes_PreferredGender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Staff_ContactPersonId",
                        column: x => x.ContactPersonId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Staff_VisitatorId",
                        column: x => x.VisitatorId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseShare",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseShare", x => new { x.CaseId, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_CaseShare_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseShare_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeclaredById = table.Column<int>(type: "INTEGER", nullable: true),
                    DeclaredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conflicts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Conflicts_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemsText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RecipientsText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnById = table.Column<int>(type: "INTEGER", nullable: true),
                    WithdrawnByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "ContactPersonAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: true),
                    AssignedById = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandoverNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPersonAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPersonAssignments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactPersonAssignments_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPlanDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    BasedOn = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPlanDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisPlanDrafts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CrisisPlanDrafts_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPlanVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedById = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedByName = table.Column<string>(type: "TEXT", nullable: false),
                    IsReady = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisPlanVersions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Witnesses = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReportedToPolice = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Incidents_Cases_CaseId",
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
                name: "JournalNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CitizenPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParticipantsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RestrainingOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RestrainingOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RestrainingOrders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChildrenDecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ChildrenDecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "Tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedById = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tasks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Tasks_Staff_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemsText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FreeText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentById = table.Column<int>(type: "INTEGER", nullable: false),
                    SentByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeadlineWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Staff_SentById",
                        column: x => x.SentById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RestrainingOrderBreach",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RestrainingOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReportedToPolice = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RestrainingOrderBreach", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RestrainingOrderBreach_RestrainingOrders_RestrainingOrderId",
                        column: x => x.RestrainingOrderId,
                        principalTable: "RestrainingOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ById = table.Column<int>(type: "INTEGER", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChange_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CaseId",
                table: "AuditEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseNumber",
                table: "Cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CitizenId",
                table: "Cases",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ContactPersonId",
                table: "Cases",
                column: "ContactPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_VisitatorId",
                table: "Cases",
                column: "VisitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseShare_StaffMemberId",
                table: "CaseShare",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_CaseId_StaffMemberId",
                table: "Conflicts",
                columns: new[] { "CaseId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_StaffMemberId",
                table: "Conflicts",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_CaseId",
                table: "Consents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RequestId",
                table: "Consents",
                column: "RequestId",
                unique: true);

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
                name: "IX_ContactPersonAssignments_CaseId",
                table: "ContactPersonAssignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersonAssignments_StaffMemberId",
                table: "ContactPersonAssignments",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlanDrafts_CaseId_StaffMemberId",
                table: "CrisisPlanDrafts",
                columns: new[] { "CaseId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlanDrafts_StaffMemberId",
                table: "CrisisPlanDrafts",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlanVersions_CaseId_Number",
                table: "CrisisPlanVersions",
                columns: new[] { "CaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_CaseId",
                table: "Incidents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_RequestId",
                table: "Incidents",
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
                name: "IX_JournalNotes_CaseId",
                table: "JournalNotes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CaseId",
                table: "Meetings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_RequestId",
                table: "Meetings",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId",
                table: "Referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ConsentId",
                table: "Referrals",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Recipient_Status",
                table: "Referrals",
                columns: new[] { "Recipient", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RequestId",
                table: "Referrals",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SentById",
                table: "Referrals",
                column: "SentById");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Status_DeadlineAt",
                table: "Referrals",
                columns: new[] { "Status", "DeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChange_ReferralId",
                table: "ReferralStatusChange",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_RestrainingOrderBreach_RequestId",
                table: "RestrainingOrderBreach",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RestrainingOrderBreach_RestrainingOrderId",
                table: "RestrainingOrderBreach",
                column: "RestrainingOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_RestrainingOrders_CaseId",
                table: "RestrainingOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RestrainingOrders_RequestId",
                table: "RestrainingOrders",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_CaseId",
                table: "RiskAssessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_Username",
                table: "Staff",
                column: "Username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CaseId",
                table: "Tasks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_OwnerId_ClosedAt",
                table: "Tasks",
                columns: new[] { "OwnerId", "ClosedAt" });

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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseShare");

            migrationBuilder.DropTable(
                name: "Conflicts");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "ContactPersonAssignments");

            migrationBuilder.DropTable(
                name: "CrisisPlanDrafts");

            migrationBuilder.DropTable(
                name: "CrisisPlanVersions");

            migrationBuilder.DropTable(
                name: "HelpLines");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "Inquiries");

            migrationBuilder.DropTable(
                name: "JournalNotes");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "ReferralStatusChange");

            migrationBuilder.DropTable(
                name: "RestrainingOrderBreach");

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "VisitationDrafts");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "RestrainingOrders");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Citizens");

            migrationBuilder.DropTable(
                name: "Staff");
        }
    }
}
