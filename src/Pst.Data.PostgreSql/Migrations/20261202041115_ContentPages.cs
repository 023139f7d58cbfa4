using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContentPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of published pages (PageSearchIndex): each row weighed in its own language's configuration.
            migrationBuilder.Sql(@"CREATE TABLE ""Content_Search"" (
    ""PageId"" uuid PRIMARY KEY,
    ""Language"" varchar(20) NOT NULL,
    ""Slug"" varchar(100) NOT NULL,
    ""Title"" text NOT NULL,
    ""Text"" text NOT NULL,
    ""Document"" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(CASE ""Language"" WHEN 'English' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END, ""Title""), 'A') ||
        setweight(to_tsvector(CASE ""Language"" WHEN 'English' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END, ""Text""), 'B')) STORED);
CREATE INDEX ""IX_Content_Search_Document"" ON ""Content_Search"" USING GIN (""Document"");");

            migrationBuilder.CreateTable(
                name: "Content_MenuItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Menu = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_MenuItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Menus",
                columns: table => new
                {
                    Menu = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Menus", x => new { x.Menu, x.Language });
                });

            migrationBuilder.CreateTable(
                name: "Content_Pages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TranslationGroup = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecipeKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false),
                    PublishedNumber = table.Column<int>(type: "integer", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_PageVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Sections = table.Column<string>(type: "text", nullable: false),
                    EditorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PageId = table.Column<Guid>(type: "uuid", nullable: false)
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
