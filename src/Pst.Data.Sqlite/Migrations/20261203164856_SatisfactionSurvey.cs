using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SatisfactionSurvey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RatedAt",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "RatingComment",
                table: "Ordering_Requests");

            migrationBuilder.DropColumn(
                name: "RatingScore",
                table: "Ordering_Requests");

            migrationBuilder.CreateTable(
                name: "Feedback_SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Counter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProductTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback_SurveyResponses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SurveyResponses_AnsweredAt",
                table: "Feedback_SurveyResponses",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SurveyResponses_RequestId",
                table: "Feedback_SurveyResponses",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SurveyResponses_TicketId",
                table: "Feedback_SurveyResponses",
                column: "TicketId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Feedback_SurveyResponses");

            migrationBuilder.AddColumn<long>(
                name: "RatedAt",
                table: "Ordering_Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingComment",
                table: "Ordering_Requests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RatingScore",
                table: "Ordering_Requests",
                type: "INTEGER",
                nullable: true);
        }
    }
}
