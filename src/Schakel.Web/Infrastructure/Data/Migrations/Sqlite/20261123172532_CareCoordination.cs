using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareCoordination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareFile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoordinatorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    CoordinatorName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClinicalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareFile_AspNetUsers_CoordinatorUserId",
                        column: x => x.CoordinatorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CareFile_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CareFile_TableCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TableCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareContact",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    IsSinglePointOfContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareContact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareContact_CareFile_CareFileId",
                        column: x => x.CareFileId,
                        principalTable: "CareFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareGoal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EvaluateOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareGoal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareGoal_CareFile_CareFileId",
                        column: x => x.CareFileId,
                        principalTable: "CareFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareMilestone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareMilestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareMilestone_CareFile_CareFileId",
                        column: x => x.CareFileId,
                        principalTable: "CareFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareNeed",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Domain = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareNeed", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareNeed_CareFile_CareFileId",
                        column: x => x.CareFileId,
                        principalTable: "CareFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consent_CareFile_CareFileId",
                        column: x => x.CareFileId,
                        principalTable: "CareFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShelterPlacement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecommendedKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChosenKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShelterPlacement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShelterPlacement_CareFile_CareFileId",
                        column: x => x.CareFileId,
                        principalTable: "CareFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareContact_CareFileId",
                table: "CareContact",
                column: "CareFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CareFile_CaseId_SubjectId",
                table: "CareFile",
                columns: new[] { "CaseId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareFile_CoordinatorUserId",
                table: "CareFile",
                column: "CoordinatorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CareFile_SubjectId",
                table: "CareFile",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_CareGoal_CareFileId",
                table: "CareGoal",
                column: "CareFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CareMilestone_CareFileId",
                table: "CareMilestone",
                column: "CareFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CareNeed_CareFileId",
                table: "CareNeed",
                column: "CareFileId");

            migrationBuilder.CreateIndex(
                name: "IX_Consent_CareFileId",
                table: "Consent",
                column: "CareFileId");

            migrationBuilder.CreateIndex(
                name: "IX_Consent_Scope_GivenOn",
                table: "Consent",
                columns: new[] { "Scope", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ShelterPlacement_CareFileId",
                table: "ShelterPlacement",
                column: "CareFileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareContact");

            migrationBuilder.DropTable(
                name: "CareGoal");

            migrationBuilder.DropTable(
                name: "CareMilestone");

            migrationBuilder.DropTable(
                name: "CareNeed");

            migrationBuilder.DropTable(
                name: "Consent");

            migrationBuilder.DropTable(
                name: "ShelterPlacement");

            migrationBuilder.DropTable(
                name: "CareFile");
        }
    }
}
