using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgramsResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkoutResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoggedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedWorkoutId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkoutId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkoutVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonalRecordWorkoutId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExerciseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RepMax = table.Column<int>(type: "INTEGER", nullable: true),
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ScoringType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TimeCapSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    HasScaledLevel = table.Column<bool>(type: "INTEGER", nullable: false),
                    Division = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScoreValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    IsCapped = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScoreRounds = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoreReps = table.Column<int>(type: "INTEGER", nullable: true),
                    DisplayUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisplayValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    PerformedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PersonalRecordKey = table.Column<string>(type: "TEXT", maxLength: 96, nullable: true),
                    IsPersonalRecord = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCurrentPersonalRecord = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_WorkoutResults", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_AssignmentId",
                table: "WorkoutResults",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_CurrentPersonalRecord",
                table: "WorkoutResults",
                columns: new[] { "TenantId", "MemberId", "PersonalRecordKey" },
                unique: true,
                filter: "\"IsCurrentPersonalRecord\"");

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_MemberId_PerformedAtUtc",
                table: "WorkoutResults",
                columns: new[] { "MemberId", "PerformedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_PublishedWorkoutId",
                table: "WorkoutResults",
                column: "PublishedWorkoutId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_TenantId",
                table: "WorkoutResults",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_TenantId_MemberId_PersonalRecordKey_PerformedAtUtc",
                table: "WorkoutResults",
                columns: new[] { "TenantId", "MemberId", "PersonalRecordKey", "PerformedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutResults_TrackId_Date",
                table: "WorkoutResults",
                columns: new[] { "TrackId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkoutResults");
        }
    }
}
