using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.PostgreSql.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    Counter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProductTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scores = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RatedAt",
                table: "Ordering_Requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingComment",
                table: "Ordering_Requests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RatingScore",
                table: "Ordering_Requests",
                type: "integer",
                nullable: true);
        }
    }
}
