using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OfficeChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ordering_OfficeChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Subject = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_OfficeChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ordering_OfficeChecks_Ordering_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Ordering_Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_OfficeChecks_RequestId",
                table: "Ordering_OfficeChecks",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ordering_OfficeChecks");
        }
    }
}
