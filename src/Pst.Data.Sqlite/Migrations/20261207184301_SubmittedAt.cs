using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SubmittedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "Ordering_Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_Requests_SubmittedAt",
                table: "Ordering_Requests",
                column: "SubmittedAt");

            // Requests sent before the column existed: the moment of their first "sent" step.
            migrationBuilder.Sql("""
                UPDATE "Ordering_Requests" SET "SubmittedAt" = (SELECT MIN(t."At") FROM "Ordering_RequestTransitions" AS t WHERE t."RequestId" = "Ordering_Requests"."Id" AND t."Trigger" = 'Submit');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ordering_Requests_SubmittedAt",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Ordering_Requests");
        }
    }
}
