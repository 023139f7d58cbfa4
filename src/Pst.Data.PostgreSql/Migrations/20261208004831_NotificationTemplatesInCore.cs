using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class NotificationTemplatesInCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The templates an administrator changed move with their keys (the event names are the keys).
            migrationBuilder.CreateTable(
                name: "Core_NotificationTemplates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_NotificationTemplates", x => new { x.Key, x.Language });
                });

            migrationBuilder.Sql("INSERT INTO \"Core_NotificationTemplates\" (\"Key\", \"Language\", \"Subject\", \"Body\", \"UpdatedAt\") SELECT \"Event\", \"Language\", \"Subject\", \"Body\", \"UpdatedAt\" FROM \"Ordering_NotificationTemplates\"");

            migrationBuilder.DropTable(
                name: "Ordering_NotificationTemplates");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ordering_NotificationTemplates",
                columns: table => new
                {
                    Event = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_NotificationTemplates", x => new { x.Event, x.Language });
                });

            migrationBuilder.Sql("INSERT INTO \"Ordering_NotificationTemplates\" (\"Event\", \"Language\", \"Subject\", \"Body\", \"UpdatedAt\") SELECT \"Key\", \"Language\", \"Subject\", \"Body\", \"UpdatedAt\" FROM \"Core_NotificationTemplates\"");

            migrationBuilder.DropTable(
                name: "Core_NotificationTemplates");
        }
    }
}
