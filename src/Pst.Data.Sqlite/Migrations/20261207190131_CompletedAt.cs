using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CompletedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CompletedAt",
                table: "Ordering_Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_Requests_Channel_CompletedAt",
                table: "Ordering_Requests",
                columns: new[] { "Channel", "CompletedAt" });

            // Requests completed before the column existed: the moment of their completion step.
            migrationBuilder.Sql("""
                UPDATE "Ordering_Requests" SET "CompletedAt" = (SELECT MIN(t."At") FROM "Ordering_RequestTransitions" AS t WHERE t."RequestId" = "Ordering_Requests"."Id" AND t."To" = 'Completed');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ordering_Requests_Channel_CompletedAt",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CompletedAt",
                table: "Ordering_Requests");
        }
    }
}
