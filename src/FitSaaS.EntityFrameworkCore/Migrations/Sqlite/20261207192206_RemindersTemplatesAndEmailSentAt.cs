using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemindersTemplatesAndEmailSentAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "QueuedAtUtc",
                table: "NotificationEmailDeliveries",
                newName: "SentAtUtc");

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

            migrationBuilder.CreateTable(
                name: "NotificationTemplateOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationTemplateOverrides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_SessionStartsAtUtc",
                table: "Bookings",
                columns: new[] { "Status", "SessionStartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationTemplateOverrides_TenantId",
                table: "NotificationTemplateOverrides",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationTemplateOverrides_TenantId_Kind_Language",
                table: "NotificationTemplateOverrides",
                columns: new[] { "TenantId", "Kind", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationTemplateOverrides");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_Status_SessionStartsAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RemindedAtUtc",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "ReminderSentForStartUtc",
                table: "Bookings");

            migrationBuilder.RenameColumn(
                name: "SentAtUtc",
                table: "NotificationEmailDeliveries",
                newName: "QueuedAtUtc");
        }
    }
}
