using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAtUtc",
                table: "Bookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReminderSentForStartUtc",
                table: "Bookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_SessionStartsAtUtc",
                table: "Bookings",
                columns: new[] { "Status", "SessionStartsAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_Status_SessionStartsAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RemindedAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "ReminderSentForStartUtc",
                table: "Bookings");
        }
    }
}
