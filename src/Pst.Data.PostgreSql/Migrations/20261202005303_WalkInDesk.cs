using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WalkInDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "WalkIn_GuestBook",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Handover",
                table: "Ordering_Requests",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_RequestId",
                table: "WalkIn_GuestBook",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WalkIn_GuestBook_RequestId",
                table: "WalkIn_GuestBook");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "WalkIn_GuestBook");

            migrationBuilder.DropColumn(
                name: "Handover",
                table: "Ordering_Requests");
        }
    }
}
