using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TransitionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Ordering_RequestTransitions_To_At",
                table: "Ordering_RequestTransitions",
                columns: new[] { "To", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_RequestTransitions_Trigger_At",
                table: "Ordering_RequestTransitions",
                columns: new[] { "Trigger", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ordering_RequestTransitions_To_At",
                table: "Ordering_RequestTransitions");

            migrationBuilder.DropIndex(
                name: "IX_Ordering_RequestTransitions_Trigger_At",
                table: "Ordering_RequestTransitions");
        }
    }
}
