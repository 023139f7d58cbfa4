using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
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
