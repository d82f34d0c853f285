using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkingModelsAndRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "SubjectLinks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ModelId",
                table: "SubjectLinks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LinkModelVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ModelId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EstimatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EstimatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subjects = table.Column<int>(type: "integer", nullable: false),
                    RandomPairs = table.Column<long>(type: "bigint", nullable: false),
                    BlockedPairs = table.Column<long>(type: "bigint", nullable: false),
                    Iterations = table.Column<int>(type: "integer", nullable: false),
                    Converged = table.Column<bool>(type: "boolean", nullable: false),
                    ExpectedMatches = table.Column<double>(type: "double precision", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkModelVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkModelVersions_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkModelVersions_ModelId",
                table: "LinkModelVersions",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkModelVersions_RegionId_Number",
                table: "LinkModelVersions",
                columns: new[] { "RegionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkModelVersions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "SubjectLinks");

            migrationBuilder.DropColumn(
                name: "ModelId",
                table: "SubjectLinks");
        }
    }
}
