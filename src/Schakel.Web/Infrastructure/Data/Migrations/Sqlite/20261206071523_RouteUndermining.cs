using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RouteUndermining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnderminingReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SignalId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignalReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseTableOutcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EscalationReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RiecRegionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RiecTakenUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RiecTakenUpBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RiecOutcomeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenSignalId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnderminingReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnderminingReferrals_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnderminingReferrals_Regions_RiecRegionId",
                        column: x => x.RiecRegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnderminingReferrals_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnderminingReferrals_MunicipalityId_Status",
                table: "UnderminingReferrals",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UnderminingReferrals_OpenSignalId",
                table: "UnderminingReferrals",
                column: "OpenSignalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnderminingReferrals_RiecRegionId_Status",
                table: "UnderminingReferrals",
                columns: new[] { "RiecRegionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UnderminingReferrals_SignalId",
                table: "UnderminingReferrals",
                column: "SignalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnderminingReferrals");
        }
    }
}
