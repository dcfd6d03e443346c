using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProgramsComplete : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BodyMetricDefinitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitLabel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    MinValue = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    MaxValue = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Preference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
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
                    table.PrimaryKey("PK_BodyMetricDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BodyMetricEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    MetricId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(28,11)", precision: 28, scale: 11, nullable: false),
                    DisplayValue = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    DisplayUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MeasuredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMetricEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TargetValue = table.Column<decimal>(type: "numeric(28,11)", precision: 28, scale: 11, nullable: false),
                    TargetDisplayValue = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    TargetDisplayUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    StartValue = table.Column<decimal>(type: "numeric(28,11)", precision: 28, scale: 11, nullable: true),
                    MetricId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkoutId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExerciseId = table.Column<Guid>(type: "uuid", nullable: true),
                    RepMax = table.Column<int>(type: "integer", nullable: true),
                    Division = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ScoringType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    AbandonedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Weeks = table.Column<int>(type: "integer", nullable: false),
                    Days = table.Column<string>(type: "text", nullable: false),
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
                    table.PrimaryKey("PK_ProgramTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tracks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassTypeIds = table.Column<string>(type: "text", nullable: false),
                    PublishTimeOfDay = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    PublishDaysBefore = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("PK_Tracks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tracks_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkoutAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkoutId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkoutVersion = table.Column<int>(type: "integer", nullable: false),
                    ProgramTemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
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
                    table.PrimaryKey("PK_WorkoutAssignments", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "Workouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    BenchmarkKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    BenchmarkWorkoutId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NormalizedTitle = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Sections = table.Column<string>(type: "text", nullable: false),
                    ScoringType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TimeCapSeconds = table.Column<int>(type: "integer", nullable: true),
                    IsBenchmark = table.Column<bool>(type: "boolean", nullable: false),
                    HasScaledLevel = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("PK_Workouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedWorkouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    TrackId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: false),
                    WorkoutId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkoutVersion = table.Column<int>(type: "integer", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    VisibleFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsUnpublished = table.Column<bool>(type: "boolean", nullable: false),
                    UnpublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedWorkouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedWorkouts_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateIndex(
                name: "IX_ProgramTemplates_TenantId",
                table: "ProgramTemplates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramTemplates_TenantId_Name",
                table: "ProgramTemplates",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedWorkouts_TenantId",
                table: "PublishedWorkouts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedWorkouts_TenantId_WorkoutId",
                table: "PublishedWorkouts",
                columns: new[] { "TenantId", "WorkoutId" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedWorkouts_TrackId_Date_PublishedVersion",
                table: "PublishedWorkouts",
                columns: new[] { "TrackId", "Date", "PublishedVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_LocationId",
                table: "Tracks",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_TenantId",
                table: "Tracks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_TenantId_LocationId",
                table: "Tracks",
                columns: new[] { "TenantId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutAssignments_TenantId",
                table: "WorkoutAssignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutAssignments_TenantId_Date",
                table: "WorkoutAssignments",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkoutAssignments_TenantId_MemberId_Date",
                table: "WorkoutAssignments",
                columns: new[] { "TenantId", "MemberId", "Date" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Workouts_BenchmarkKey",
                table: "Workouts",
                column: "BenchmarkKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workouts_TenantId",
                table: "Workouts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Workouts_TenantId_NormalizedTitle",
                table: "Workouts",
                columns: new[] { "TenantId", "NormalizedTitle" });
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

            migrationBuilder.DropTable(
                name: "ProgramTemplates");

            migrationBuilder.DropTable(
                name: "PublishedWorkouts");

            migrationBuilder.DropTable(
                name: "WorkoutAssignments");

            migrationBuilder.DropTable(
                name: "WorkoutResults");

            migrationBuilder.DropTable(
                name: "Workouts");

            migrationBuilder.DropTable(
                name: "Tracks");
        }
    }
}
