using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WalkInGuestBook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WalkIn_GuestBook",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IdentityDocumentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIn_GuestBook", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_Email",
                table: "WalkIn_GuestBook",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_IdentityNumber",
                table: "WalkIn_GuestBook",
                column: "IdentityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_TicketId",
                table: "WalkIn_GuestBook",
                column: "TicketId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_VisitedAt",
                table: "WalkIn_GuestBook",
                column: "VisitedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WalkIn_GuestBook");
        }
    }
}
