using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContentPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of published pages (PageSearchIndex): FTS5, accents folded.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"Content_Search\" USING fts5(\"PageId\" UNINDEXED, \"Language\" UNINDEXED, \"Slug\" UNINDEXED, \"Title\", \"Text\", tokenize = 'unicode61 remove_diacritics 2');");

            migrationBuilder.CreateTable(
                name: "Content_MenuItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Menu = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_MenuItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Menus",
                columns: table => new
                {
                    Menu = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Menus", x => new { x.Menu, x.Language });
                });

            migrationBuilder.CreateTable(
                name: "Content_Pages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TranslationGroup = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecipeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_PageVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    EditorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PageId = table.Column<Guid>(type: "TEXT", nullable: false)
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
            migrationBuilder.Sql("DROP TABLE \"Content_Search\";");

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
