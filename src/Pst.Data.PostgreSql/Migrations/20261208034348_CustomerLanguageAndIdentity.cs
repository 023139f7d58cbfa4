using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CustomerLanguageAndIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerIdentityNumber",
                table: "Ordering_Requests",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerIdentityType",
                table: "Ordering_Requests",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerLanguage",
                table: "Ordering_Requests",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true,
                defaultValue: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CustomerIdentityNumber",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerIdentityType",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "CustomerLanguage",
                table: "Ordering_Requests");
        }
    }
}
