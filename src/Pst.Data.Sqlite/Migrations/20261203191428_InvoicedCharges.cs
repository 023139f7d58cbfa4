using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InvoicedCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InvoicedJson",
                table: "Ordering_RequestLines",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvoicedJson",
                table: "Ordering_RequestLines");
        }
    }
}
