using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BookingSessionStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_MemberId_Status",
                table: "Bookings");

            migrationBuilder.AddColumn<DateTime>(
                name: "SessionStartsAtUtc",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Backfill from the sessions (row-level security bypassed for this transaction: every tenant's rows).
            migrationBuilder.Sql(@"SELECT set_config('fitsaas.bypass_rls', 'on', true);
UPDATE ""Bookings"" AS b SET ""SessionStartsAtUtc"" = s.""StartsAtUtc"" FROM ""ClassSessions"" AS s WHERE s.""Id"" = b.""ClassSessionId"";");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_MemberId_SessionStartsAtUtc",
                table: "Bookings",
                columns: new[] { "MemberId", "SessionStartsAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bookings_MemberId_SessionStartsAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SessionStartsAtUtc",
                table: "Bookings");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_MemberId_Status",
                table: "Bookings",
                columns: new[] { "MemberId", "Status" });
        }
    }
}
