using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LedgerReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EntitlementLedger_EntitlementId_Quantity",
                table: "EntitlementLedger");

            migrationBuilder.DropIndex(
                name: "IX_EntitlementLedger_TenantId_MemberId_OccurredAtUtc",
                table: "EntitlementLedger");

            migrationBuilder.CreateIndex(
                name: "IX_EntitlementLedger_EntitlementId",
                table: "EntitlementLedger",
                column: "EntitlementId")
                .Annotation("Npgsql:IndexInclude", new[] { "TenantId", "Action", "Quantity" });

            migrationBuilder.CreateIndex(
                name: "IX_EntitlementLedger_TenantId_MemberId_OccurredAtUtc_Id",
                table: "EntitlementLedger",
                columns: new[] { "TenantId", "MemberId", "OccurredAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EntitlementLedger_EntitlementId",
                table: "EntitlementLedger");

            migrationBuilder.DropIndex(
                name: "IX_EntitlementLedger_TenantId_MemberId_OccurredAtUtc_Id",
                table: "EntitlementLedger");

            migrationBuilder.CreateIndex(
                name: "IX_EntitlementLedger_EntitlementId_Quantity",
                table: "EntitlementLedger",
                columns: new[] { "EntitlementId", "Quantity" });

            migrationBuilder.CreateIndex(
                name: "IX_EntitlementLedger_TenantId_MemberId_OccurredAtUtc",
                table: "EntitlementLedger",
                columns: new[] { "TenantId", "MemberId", "OccurredAtUtc" });
        }
    }
}
