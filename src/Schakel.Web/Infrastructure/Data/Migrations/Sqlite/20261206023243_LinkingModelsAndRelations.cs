using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ModelId",
                table: "SubjectLinks",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LinkModelVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EstimatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EstimatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subjects = table.Column<int>(type: "INTEGER", nullable: false),
                    RandomPairs = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockedPairs = table.Column<long>(type: "INTEGER", nullable: false),
                    Iterations = table.Column<int>(type: "INTEGER", nullable: false),
                    Converged = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpectedMatches = table.Column<double>(type: "REAL", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
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
