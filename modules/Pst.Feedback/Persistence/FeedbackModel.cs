using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Feedback.Survey;

namespace Pst.Feedback.Persistence;

/// <summary>The module's tables (prefix <c>Feedback_</c>): survey responses.</summary>
public sealed class FeedbackModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SurveyResponse>(r =>
        {
            r.ToTable("Feedback_SurveyResponses");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.SubjectKind).HasMaxLength(20);
            r.Property(x => x.Subject).HasMaxLength(40);
            r.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Counter).HasMaxLength(100);
            r.Property(x => x.ProductTypes).HasMaxLength(200);
            r.Property(x => x.Scores).HasConversion(s => s.ToString(), s => SurveyScores.Parse(s)).HasMaxLength(9);
            r.Property(x => x.Comment).HasMaxLength(SurveyResponse.CommentLength);
            r.Ignore(x => x.ProductTypeList);
            // One answer per request and per visit, even from two tabs at once.
            r.HasIndex(x => x.RequestId).IsUnique();
            r.HasIndex(x => x.TicketId).IsUnique();
            r.HasIndex(x => x.AnsweredAt);
        });
    }
}
