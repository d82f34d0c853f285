using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegionalTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaseId",
                table: "Signals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegionalTable",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChairUserId = table.Column<string>(type: "TEXT", nullable: true),
                    SecretaryUserId = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingIntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionalTable", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionalTable_AspNetUsers_ChairUserId",
                        column: x => x.ChairUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RegionalTable_AspNetUsers_SecretaryUserId",
                        column: x => x.SecretaryUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RegionalTable_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TableCase",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TableId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DirectorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    DirectorName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FirstGoal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WorkAgreements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TableCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TableCase_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TableCase_RegionalTable_TableId",
                        column: x => x.TableId,
                        principalTable: "RegionalTable",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TableMeeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TableId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PreRoundSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgendaGeneratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TableMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TableMeeting_RegionalTable_TableId",
                        column: x => x.TableId,
                        principalTable: "RegionalTable",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TableMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TableId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TableMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TableMember_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TableMember_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TableMember_RegionalTable_TableId",
                        column: x => x.TableId,
                        principalTable: "RegionalTable",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvent_TableCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TableCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTrack",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTrack", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTrack_TableCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TableCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SignalId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    PostponedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReasonableSuspicion = table.Column<bool>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItem_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItem_TableCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TableCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItem_TableMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "TableMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreRoundAnswer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Answerer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreRoundAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreRoundAnswer_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PreRoundAnswer_TableMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "TableMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TableAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    SignalId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TableAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TableAction_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TableAction_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TableAction_TableCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TableCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TableAction_TableMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "TableMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriminalTrackDetail",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriminalTrackDetail", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriminalTrackDetail_CaseTrack_TrackId",
                        column: x => x.TrackId,
                        principalTable: "CaseTrack",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Signals_CaseId",
                table: "Signals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_CaseId",
                table: "AgendaItem",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_MeetingId_Position",
                table: "AgendaItem",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_SignalId",
                table: "AgendaItem",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvent_CaseId",
                table: "CaseEvent",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTrack_CaseId_Kind",
                table: "CaseTrack",
                columns: new[] { "CaseId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriminalTrackDetail_TrackId",
                table: "CriminalTrackDetail",
                column: "TrackId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreRoundAnswer_MeetingId_SubjectId_UserId",
                table: "PreRoundAnswer",
                columns: new[] { "MeetingId", "SubjectId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreRoundAnswer_SubjectId",
                table: "PreRoundAnswer",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionalTable_ChairUserId",
                table: "RegionalTable",
                column: "ChairUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionalTable_RegionId",
                table: "RegionalTable",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionalTable_SecretaryUserId",
                table: "RegionalTable",
                column: "SecretaryUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TableAction_CaseId",
                table: "TableAction",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TableAction_MeetingId",
                table: "TableAction",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_TableAction_OwnerUserId_Status",
                table: "TableAction",
                columns: new[] { "OwnerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TableAction_SignalId",
                table: "TableAction",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_TableAction_Status_DueOn",
                table: "TableAction",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TableCase_MunicipalityId",
                table: "TableCase",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_TableCase_Reference",
                table: "TableCase",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TableCase_TableId_ClosedAt",
                table: "TableCase",
                columns: new[] { "TableId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TableMeeting_TableId_StartsAt",
                table: "TableMeeting",
                columns: new[] { "TableId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TableMember_OrganisationId",
                table: "TableMember",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TableMember_TableId_OrganisationId",
                table: "TableMember",
                columns: new[] { "TableId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_TableMember_TableId_UserId",
                table: "TableMember",
                columns: new[] { "TableId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_TableMember_UserId",
                table: "TableMember",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Signals_TableCase_CaseId",
                table: "Signals",
                column: "CaseId",
                principalTable: "TableCase",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Signals_TableCase_CaseId",
                table: "Signals");

            migrationBuilder.DropTable(
                name: "AgendaItem");

            migrationBuilder.DropTable(
                name: "CaseEvent");

            migrationBuilder.DropTable(
                name: "CriminalTrackDetail");

            migrationBuilder.DropTable(
                name: "PreRoundAnswer");

            migrationBuilder.DropTable(
                name: "TableAction");

            migrationBuilder.DropTable(
                name: "TableMember");

            migrationBuilder.DropTable(
                name: "CaseTrack");

            migrationBuilder.DropTable(
                name: "TableMeeting");

            migrationBuilder.DropTable(
                name: "TableCase");

            migrationBuilder.DropTable(
                name: "RegionalTable");

            migrationBuilder.DropIndex(
                name: "IX_Signals_CaseId",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "Signals");
        }
    }
}
