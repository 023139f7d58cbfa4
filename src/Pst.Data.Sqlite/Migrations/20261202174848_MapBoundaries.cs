using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MapBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Maps_Areas",
                columns: table => new
                {
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    KemendagriCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BpsName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Boundary = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maps_Areas", x => new { x.Level, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Maps_Editions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Provinces = table.Column<int>(type: "INTEGER", nullable: false),
                    Regencies = table.Column<int>(type: "INTEGER", nullable: false),
                    Districts = table.Column<int>(type: "INTEGER", nullable: false),
                    Villages = table.Column<int>(type: "INTEGER", nullable: false),
                    Repairs = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maps_Editions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Maps_Areas_Level_ParentCode",
                table: "Maps_Areas",
                columns: new[] { "Level", "ParentCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Maps_Editions_ImportedAt",
                table: "Maps_Editions",
                column: "ImportedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Maps_Areas");

            migrationBuilder.DropTable(
                name: "Maps_Editions");
        }
    }
}
