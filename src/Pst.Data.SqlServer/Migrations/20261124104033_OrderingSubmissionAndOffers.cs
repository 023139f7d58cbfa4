using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrderingSubmissionAndOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ZeroTariffApproved",
                table: "Ordering_Requests");

            migrationBuilder.AddColumn<string>(
                name: "CustomerDomicile",
                table: "Ordering_Requests",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerEmail",
                table: "Ordering_Requests",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerInstitution",
                table: "Ordering_Requests",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerName",
                table: "Ordering_Requests",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerNpwp",
                table: "Ordering_Requests",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerSegment",
                table: "Ordering_Requests",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ZeroTariffCategory",
                table: "Ordering_Requests",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ZeroTariffDecision",
                table: "Ordering_Requests",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ZeroTariffPurpose",
                table: "Ordering_Requests",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ZeroTariffRefusalReason",
                table: "Ordering_Requests",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ordering_IssuedFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FileId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LineNumber = table.Column<int>(type: "int", nullable: true),
                    Replaced = table.Column<bool>(type: "bit", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_IssuedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ordering_IssuedFiles_Ordering_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Ordering_Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_IssuedFiles_RequestId",
                table: "Ordering_IssuedFiles",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ordering_IssuedFiles");

            migrationBuilder.DropColumn(
                name: "CustomerDomicile",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerEmail",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerInstitution",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerName",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerNpwp",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerSegment",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "ZeroTariffCategory",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "ZeroTariffDecision",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "ZeroTariffPurpose",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "ZeroTariffRefusalReason",
                table: "Ordering_Requests");

            migrationBuilder.AddColumn<bool>(
                name: "ZeroTariffApproved",
                table: "Ordering_Requests",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
