using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FirstDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstDeliveredAt",
                table: "Ordering_Requests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkingDaysToDelivery",
                table: "Ordering_Requests",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_Requests_Channel_FirstDeliveredAt",
                table: "Ordering_Requests",
                columns: new[] { "Channel", "FirstDeliveredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ordering_Requests_Channel_FirstDeliveredAt",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "FirstDeliveredAt",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "WorkingDaysToDelivery",
                table: "Ordering_Requests");
        }
    }
}
