using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TransferReceived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Received",
                table: "Payments_Payments",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Received",
                table: "Payments_Payments");
        }
    }
}
