using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddClassSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ClassScheduleId",
                table: "ClassSessions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCustomized",
                table: "ClassSessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OccurrenceDate",
                table: "ClassSessions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClassSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClassTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LocalStartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    RecurrenceRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExcludedDates = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    LockVersion = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
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
                    table.PrimaryKey("PK_ClassSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClassSchedules_ClassTypes_ClassTypeId",
                        column: x => x.ClassTypeId,
                        principalTable: "ClassTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClassSchedules_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClassSessions_ClassScheduleId_OccurrenceDate",
                table: "ClassSessions",
                columns: new[] { "ClassScheduleId", "OccurrenceDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClassSchedules_ClassTypeId",
                table: "ClassSchedules",
                column: "ClassTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSchedules_LocationId",
                table: "ClassSchedules",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSchedules_TenantId",
                table: "ClassSchedules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ClassSchedules_TenantId_LocationId",
                table: "ClassSchedules",
                columns: new[] { "TenantId", "LocationId" });

            migrationBuilder.AddForeignKey(
                name: "FK_ClassSessions_ClassSchedules_ClassScheduleId",
                table: "ClassSessions",
                column: "ClassScheduleId",
                principalTable: "ClassSchedules",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ClassSessions_ClassSchedules_ClassScheduleId",
                table: "ClassSessions");

            migrationBuilder.DropTable(
                name: "ClassSchedules");

            migrationBuilder.DropIndex(
                name: "IX_ClassSessions_ClassScheduleId_OccurrenceDate",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "ClassScheduleId",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "IsCustomized",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "OccurrenceDate",
                table: "ClassSessions");
        }
    }
}
