using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgramsBodyMetrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BodyMetricDefinitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitLabel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    MinValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    MaxValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Preference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMetricDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BodyMetricEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MetricId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 11, nullable: false),
                    DisplayValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    DisplayUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MeasuredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMetricEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 11, nullable: false),
                    TargetDisplayValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    TargetDisplayUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 11, nullable: true),
                    MetricId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkoutId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RepMax = table.Column<int>(type: "INTEGER", nullable: true),
                    Division = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ScoringType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AbandonedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BodyMetricDefinitions_TenantId",
                table: "BodyMetricDefinitions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMetricDefinitions_TenantId_NormalizedName",
                table: "BodyMetricDefinitions",
                columns: new[] { "TenantId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_BodyMetricEntries_TenantId",
                table: "BodyMetricEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMetricEntries_TenantId_MemberId_MetricId_MeasuredAt",
                table: "BodyMetricEntries",
                columns: new[] { "TenantId", "MemberId", "MetricId", "MeasuredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BodyMetricEntries_TenantId_MetricId",
                table: "BodyMetricEntries",
                columns: new[] { "TenantId", "MetricId" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_TenantId",
                table: "Goals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_TenantId_MemberId",
                table: "Goals",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_TenantId_MetricId",
                table: "Goals",
                columns: new[] { "TenantId", "MetricId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BodyMetricDefinitions");

            migrationBuilder.DropTable(
                name: "BodyMetricEntries");

            migrationBuilder.DropTable(
                name: "Goals");
        }
    }
}
