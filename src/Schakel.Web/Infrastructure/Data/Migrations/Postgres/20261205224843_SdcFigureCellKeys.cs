using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SdcFigureCellKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "IdSum",
                table: "FigureCounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Every stored month is recounted at the next refresh: it gets its id sums for the cell keys, and its
            // nationalities become country codes instead of the free text typed at intake.
            migrationBuilder.Sql("INSERT INTO \"FigureDirtyMonths\" (\"Month\", \"MunicipalityId\") SELECT DISTINCT \"Month\", \"MunicipalityId\" FROM \"FigureCounts\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IdSum",
                table: "FigureCounts");
        }
    }
}
