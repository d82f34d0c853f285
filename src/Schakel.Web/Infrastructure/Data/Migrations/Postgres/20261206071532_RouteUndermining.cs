using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SignalId = table.Column<int>(type: "integer", nullable: false),
                    SignalReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReferredByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReferredBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DiscussedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseTableOutcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EscalationReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RiecRegionId = table.Column<int>(type: "integer", nullable: true),
                    RiecTakenUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RiecTakenUpBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RiecOutcomeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CloseReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenSignalId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
