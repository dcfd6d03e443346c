using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoggedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedWorkoutId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkoutId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkoutVersion = table.Column<int>(type: "integer", nullable: true),
                    PersonalRecordWorkoutId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExerciseId = table.Column<Guid>(type: "uuid", nullable: true),
                    RepMax = table.Column<int>(type: "integer", nullable: true),
                    TrackId = table.Column<Guid>(type: "uuid", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScoringType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TimeCapSeconds = table.Column<int>(type: "integer", nullable: true),
                    HasScaledLevel = table.Column<bool>(type: "boolean", nullable: false),
                    Division = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ScoreValue = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: true),
                    IsCapped = table.Column<bool>(type: "boolean", nullable: false),
                    ScoreRounds = table.Column<int>(type: "integer", nullable: true),
                    ScoreReps = table.Column<int>(type: "integer", nullable: true),
                    DisplayUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DisplayValue = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: true),
                    PerformedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PersonalRecordKey = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: true),
                    IsPersonalRecord = table.Column<bool>(type: "boolean", nullable: false),
                    IsCurrentPersonalRecord = table.Column<bool>(type: "boolean", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "IX_WorkoutResults_TenantId_MemberId_PersonalRecordKey_Performe~",
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
