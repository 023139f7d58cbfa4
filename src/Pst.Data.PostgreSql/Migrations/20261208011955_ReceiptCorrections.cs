using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReceiptCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_Receipts_RequestId",
                table: "Payments_Receipts");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CorrectedAt",
                table: "Payments_Receipts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress",
                table: "Payments_Receipts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerInstitution",
                table: "Payments_Receipts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "Payments_Receipts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacedBy",
                table: "Payments_Receipts",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Replaces",
                table: "Payments_Receipts",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacedBy",
                table: "Core_IssuedDocuments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Receipts_RequestId",
                table: "Payments_Receipts",
                column: "RequestId",
                unique: true,
                filter: "\"ReplacedBy\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_Receipts_RequestId",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "CorrectedAt",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "PayerAddress",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "PayerInstitution",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "PayerName",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "ReplacedBy",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "Replaces",
                table: "Payments_Receipts");

            migrationBuilder.DropColumn(
                name: "ReplacedBy",
                table: "Core_IssuedDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Receipts_RequestId",
                table: "Payments_Receipts",
                column: "RequestId",
                unique: true);
        }
    }
}
