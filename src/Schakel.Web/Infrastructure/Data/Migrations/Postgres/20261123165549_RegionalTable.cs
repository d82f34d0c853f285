using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegionalTable",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChairUserId = table.Column<string>(type: "text", nullable: true),
                    SecretaryUserId = table.Column<string>(type: "text", nullable: true),
                    MeetingIntervalDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TableId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DirectorUserId = table.Column<string>(type: "text", nullable: true),
                    DirectorName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FirstGoal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WorkAgreements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TableId = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PreRoundSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgendaGeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TableId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OutcomeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    SignalId = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    PostponedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReasonableSuspicion = table.Column<bool>(type: "boolean", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    DecisionNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Answerer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    AgendaItemId = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    SignalId = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerUserId = table.Column<string>(type: "text", nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
