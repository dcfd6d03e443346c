using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ClassSessionCancellation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "ClassSessions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAtUtc",
                table: "ClassSessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCancelled",
                table: "ClassSessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "CancelledAtUtc",
                table: "ClassSessions");

            migrationBuilder.DropColumn(
                name: "IsCancelled",
                table: "ClassSessions");
        }
    }
}
