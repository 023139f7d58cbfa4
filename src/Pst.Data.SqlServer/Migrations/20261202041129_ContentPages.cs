using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ContentPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search rows of published pages (PageSearchIndex); no full-text catalogue is assumed.
            migrationBuilder.Sql("CREATE TABLE [Content_Search] ([PageId] uniqueidentifier NOT NULL PRIMARY KEY, [Language] nvarchar(20) NOT NULL, [Slug] nvarchar(100) NOT NULL, [Title] nvarchar(200) NOT NULL, [Text] nvarchar(max) NOT NULL);");

            migrationBuilder.CreateTable(
                name: "Content_MenuItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Menu = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Url = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_MenuItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Menus",
                columns: table => new
                {
                    Menu = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Menus", x => new { x.Menu, x.Language });
                });

            migrationBuilder.CreateTable(
                name: "Content_Pages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TranslationGroup = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecipeKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "int", nullable: false),
                    PublishedNumber = table.Column<int>(type: "int", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_PageVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Sections = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    EditorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_PageVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Content_PageVersions_Content_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Content_Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Content_MenuItems_Menu_Language_Position",
                table: "Content_MenuItems",
                columns: new[] { "Menu", "Language", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Pages_Language_Slug",
                table: "Content_Pages",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_Pages_RecipeKey_Language",
                table: "Content_Pages",
                columns: new[] { "RecipeKey", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Pages_TranslationGroup",
                table: "Content_Pages",
                column: "TranslationGroup");

            migrationBuilder.CreateIndex(
                name: "IX_Content_PageVersions_PageId_Number",
                table: "Content_PageVersions",
                columns: new[] { "PageId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE [Content_Search];");

            migrationBuilder.DropTable(
                name: "Content_MenuItems");

            migrationBuilder.DropTable(
                name: "Content_Menus");

            migrationBuilder.DropTable(
                name: "Content_PageVersions");

            migrationBuilder.DropTable(
                name: "Content_Pages");
        }
    }
}
