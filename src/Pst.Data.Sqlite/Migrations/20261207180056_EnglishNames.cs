using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EnglishNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "WalkIn_Services",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "WalkIn_Counters",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "Core_TariffItems",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitEn",
                table: "Core_TariffItems",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "WalkIn_Services");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "WalkIn_Counters");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "Core_TariffItems");

            migrationBuilder.DropColumn(
                name: "UnitEn",
                table: "Core_TariffItems");
        }
    }
}
