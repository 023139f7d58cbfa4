using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
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
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    KemendagriCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BpsName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Boundary = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maps_Areas", x => new { x.Level, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Maps_Editions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Licence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Provinces = table.Column<int>(type: "integer", nullable: false),
                    Regencies = table.Column<int>(type: "integer", nullable: false),
                    Districts = table.Column<int>(type: "integer", nullable: false),
                    Villages = table.Column<int>(type: "integer", nullable: false),
                    Repairs = table.Column<string>(type: "text", nullable: false)
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
