using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FitSaaS.EntityFrameworkCore.Migrations.PostgreSql
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
            migrationBuilder.Sql(@"ALTER TABLE ""DataProtectionKeysBefore27"" RENAME CONSTRAINT ""PK_DataProtectionKeys"" TO ""PK_DataProtectionKeysBefore27"";");
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
            migrationBuilder.Sql(@"INSERT INTO ""DataProtectionKeys"" (""FriendlyName"", ""Xml"") SELECT ""FriendlyName"", ""Xml"" FROM ""DataProtectionKeysBefore27"";");
            migrationBuilder.DropTable(name: "DataProtectionKeysBefore27");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "DataProtectionKeys", newName: "DataProtectionKeysAfter27");
            migrationBuilder.Sql(@"ALTER TABLE ""DataProtectionKeysAfter27"" RENAME CONSTRAINT ""PK_DataProtectionKeys"" TO ""PK_DataProtectionKeysAfter27"";");
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FriendlyName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
            migrationBuilder.Sql(@"INSERT INTO ""DataProtectionKeys"" (""Id"", ""FriendlyName"", ""Xml"") SELECT gen_random_uuid(), ""FriendlyName"", ""Xml"" FROM ""DataProtectionKeysAfter27"";");
            migrationBuilder.DropTable(name: "DataProtectionKeysAfter27");
        }
    }
}
