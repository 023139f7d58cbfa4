using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CalendarAndTariffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Core_Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Core_TariffSchedules",
                columns: table => new
                {
                    Regulation = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Confirmed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_TariffSchedules", x => x.Regulation);
                });

            migrationBuilder.CreateTable(
                name: "Core_TariffItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Regulation = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_TariffItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Core_TariffItems_Core_TariffSchedules_Regulation",
                        column: x => x.Regulation,
                        principalTable: "Core_TariffSchedules",
                        principalColumn: "Regulation",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Core_TariffItems_Regulation_Code",
                table: "Core_TariffItems",
                columns: new[] { "Regulation", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Core_TariffSchedules_EffectiveFrom",
                table: "Core_TariffSchedules",
                column: "EffectiveFrom",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Core_Holidays");

            migrationBuilder.DropTable(
                name: "Core_TariffItems");

            migrationBuilder.DropTable(
                name: "Core_TariffSchedules");
        }
    }
}
