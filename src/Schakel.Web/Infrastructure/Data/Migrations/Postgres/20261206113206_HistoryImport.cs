using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HistoryImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Signals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportHash",
                table: "Signals",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportSourceId",
                table: "Signals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportSourceKey",
                table: "Signals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MappingJson = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportSources_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportUploads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    MappingJson = table.Column<string>(type: "text", nullable: true),
                    BatchId = table.Column<int>(type: "integer", nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ProblemsJson = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportUploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    StartedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RowsTotal = table.Column<int>(type: "integer", nullable: false),
                    RowsDone = table.Column<int>(type: "integer", nullable: false),
                    RowsRefused = table.Column<int>(type: "integer", nullable: false),
                    SignalsInserted = table.Column<int>(type: "integer", nullable: false),
                    SignalsUpdated = table.Column<int>(type: "integer", nullable: false),
                    SignalsUnchanged = table.Column<int>(type: "integer", nullable: false),
                    PersonsInserted = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MappingJson = table.Column<string>(type: "text", nullable: true),
                    RolledBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RolledBackBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportBatches_ImportSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "ImportSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImportBatches_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportUploadContents",
                columns: table => new
                {
                    UploadId = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportUploadContents", x => x.UploadId);
                    table.ForeignKey(
                        name: "FK_ImportUploadContents_ImportUploads_UploadId",
                        column: x => x.UploadId,
                        principalTable: "ImportUploads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRowChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    SignalId = table.Column<int>(type: "integer", nullable: false),
                    PreviousBatchId = table.Column<int>(type: "integer", nullable: true),
                    Before = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRowChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRowChanges_ImportBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImportRowChanges_Signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "Signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Signals_ImportBatchId",
                table: "Signals",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Signals_ImportSourceId_ImportSourceKey",
                table: "Signals",
                columns: new[] { "ImportSourceId", "ImportSourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_RegionId_CreatedAt",
                table: "ImportBatches",
                columns: new[] { "RegionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_SourceId",
                table: "ImportBatches",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowChanges_BatchId",
                table: "ImportRowChanges",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowChanges_SignalId",
                table: "ImportRowChanges",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportSources_RegionId_Name",
                table: "ImportSources",
                columns: new[] { "RegionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportUploads_BatchId",
                table: "ImportUploads",
                column: "BatchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportRowChanges");

            migrationBuilder.DropTable(
                name: "ImportUploadContents");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "ImportUploads");

            migrationBuilder.DropTable(
                name: "ImportSources");

            migrationBuilder.DropIndex(
                name: "IX_Signals_ImportBatchId",
                table: "Signals");

            migrationBuilder.DropIndex(
                name: "IX_Signals_ImportSourceId_ImportSourceKey",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "ImportHash",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "ImportSourceId",
                table: "Signals");

            migrationBuilder.DropColumn(
                name: "ImportSourceKey",
                table: "Signals");
        }
    }
}
