using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataProtectionKeysOnEfCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Microsoft.AspNetCore.DataProtection.EntityFrameworkCore's table has an int identity key: the existing key ring
            // is copied over, so settings and tenant connection strings protected before stay readable.
            migrationBuilder.RenameTable(name: "DataProtectionKeys", newName: "DataProtectionKeysBefore27");
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
            migrationBuilder.Sql(@"INSERT INTO ""DataProtectionKeys"" (""FriendlyName"", ""Xml"") SELECT ""FriendlyName"", ""Xml"" FROM ""DataProtectionKeysBefore27"";");
            migrationBuilder.DropTable(name: "DataProtectionKeysBefore27");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "DataProtectionKeys", newName: "DataProtectionKeysAfter27");
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
            migrationBuilder.Sql(@"INSERT INTO ""DataProtectionKeys"" (""Id"", ""FriendlyName"", ""Xml"") SELECT upper(substr(hex(randomblob(16)), 1, 8) || '-' || substr(hex(randomblob(16)), 1, 4) || '-4' || substr(hex(randomblob(16)), 1, 3) || '-a' || substr(hex(randomblob(16)), 1, 3) || '-' || substr(hex(randomblob(16)), 1, 12)), ""FriendlyName"", ""Xml"" FROM ""DataProtectionKeysAfter27"";");
            migrationBuilder.DropTable(name: "DataProtectionKeysAfter27");
        }
    }
}
