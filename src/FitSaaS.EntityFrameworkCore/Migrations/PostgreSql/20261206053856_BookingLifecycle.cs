using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BookingLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ClassSessions_ClassSchedules_ClassScheduleId",
                table: "ClassSessions");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_ClassSessionId_MemberId_Active",
                table: "Bookings");

            migrationBuilder.AddColumn<int>(
                name: "Policy_BookingClosesMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_BookingOpensMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CancellationCutoffMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CheckInClosesMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CheckInOpensMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_FreeCancellationMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxBookingsPerDay",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxBookingsPerWeek",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxUpcomingBookings",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_WaitlistCutoffMinutes",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_WaitlistMaxSize",
                table: "Locations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_BookingClosesMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_BookingOpensMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CancellationCutoffMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CheckInClosesMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CheckInOpensMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_FreeCancellationMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxBookingsPerDay",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxBookingsPerWeek",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxUpcomingBookings",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_WaitlistCutoffMinutes",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_WaitlistMaxSize",
                table: "ClassTypes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_BookingClosesMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_BookingOpensMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CancellationCutoffMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CheckInClosesMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_CheckInOpensMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_FreeCancellationMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxBookingsPerDay",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxBookingsPerWeek",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_MaxUpcomingBookings",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_WaitlistCutoffMinutes",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Policy_WaitlistMaxSize",
                table: "ClassSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BookedByStaff",
                table: "Bookings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CancelledByStaff",
                table: "Bookings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedInAtUtc",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoldExpiresAtUtc",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NoShowAtUtc",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StaffReason",
                table: "Bookings",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ClassSessionId_MemberId_Active",
                table: "Bookings",
                columns: new[] { "ClassSessionId", "MemberId" },
                unique: true,
                filter: "\"Status\" NOT IN ('Cancelled', 'LateCancelled')");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_HoldExpiresAtUtc",
                table: "Bookings",
                columns: new[] { "Status", "HoldExpiresAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_ClassSessions_ClassSchedules_ClassScheduleId",
                table: "ClassSessions",
                column: "ClassScheduleId",
                principalTable: "ClassSchedules",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ClassSessions_ClassSchedules_ClassScheduleId",
                table: "ClassSessions");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_ClassSessionId_MemberId_Active",
                table: "Bookings");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_Status_HoldExpiresAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "Policy_BookingClosesMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_BookingOpensMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_CancellationCutoffMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_CheckInClosesMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_CheckInOpensMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_FreeCancellationMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_MaxBookingsPerDay",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_MaxBookingsPerWeek",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_MaxUpcomingBookings",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_WaitlistCutoffMinutes",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_WaitlistMaxSize",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Policy_BookingClosesMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_BookingOpensMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_CancellationCutoffMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_CheckInClosesMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_CheckInOpensMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_FreeCancellationMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_MaxBookingsPerDay",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_MaxBookingsPerWeek",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_MaxUpcomingBookings",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_WaitlistCutoffMinutes",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_WaitlistMaxSize",
                table: "ClassTypes");

            migrationBuilder.DropColumn(
                name: "Policy_BookingClosesMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_BookingOpensMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_CancellationCutoffMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_CheckInClosesMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_CheckInOpensMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_FreeCancellationMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_MaxBookingsPerDay",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_MaxBookingsPerWeek",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_MaxUpcomingBookings",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_WaitlistCutoffMinutes",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "Policy_WaitlistMaxSize",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "BookedByStaff",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CancelledByStaff",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CheckedInAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "HoldExpiresAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "NoShowAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "StaffReason",
                table: "Bookings");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ClassSessionId_MemberId_Active",
                table: "Bookings",
                columns: new[] { "ClassSessionId", "MemberId" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");

            migrationBuilder.AddForeignKey(
                name: "FK_ClassSessions_ClassSchedules_ClassScheduleId",
                table: "ClassSessions",
                column: "ClassScheduleId",
                principalTable: "ClassSchedules",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
