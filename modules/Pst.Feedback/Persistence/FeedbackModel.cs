using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Feedback.Complaints;
using Pst.Feedback.Survey;

namespace Pst.Feedback.Persistence;

/// <summary>The module's tables (prefix <c>Feedback_</c>): survey responses, complaints with their messages, the complaint reminders sent.</summary>
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
        modelBuilder.Entity<Complaint>(c =>
        {
            c.ToTable("Feedback_Complaints");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Number).HasMaxLength(20);
            c.HasIndex(x => x.Number).IsUnique();
            c.Property(x => x.Secret).HasMaxLength(32);
            c.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            c.Property(x => x.Tier).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.RecordedBy).HasMaxLength(450);
            c.Property(x => x.CustomerId).HasMaxLength(450);
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Contact).HasMaxLength(200);
            c.Property(x => x.Concerns).HasMaxLength(40);
            c.Property(x => x.Description).HasMaxLength(Complaint.DescriptionLength);
            c.Property(x => x.AttachmentFileId).HasMaxLength(100);
            c.Property(x => x.AttachmentName).HasMaxLength(200);
            c.Property(x => x.AssignedTo).HasMaxLength(450);
            c.Property(x => x.AssignedName).HasMaxLength(200);
            c.HasIndex(x => x.ReceivedAt);
            c.HasIndex(x => x.State);
            c.Ignore(x => x.PublicMessages);
            c.Ignore(x => x.IsClosed);
            c.OwnsMany(x => x.Messages, m =>
            {
                m.ToTable("Feedback_ComplaintMessages");
                m.WithOwner().HasForeignKey("ComplaintId");
                m.Property<int>("Id");
                m.HasKey("Id");
                m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
                m.Property(x => x.AuthorId).HasMaxLength(450);
                m.Property(x => x.AuthorName).HasMaxLength(200);
                m.Property(x => x.Text).HasMaxLength(ComplaintMessage.TextLength);
            });
            c.Navigation(x => x.Messages).HasField("_messages").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<SentComplaintReminder>(s =>
        {
            s.ToTable("Feedback_ComplaintReminders");
            s.HasKey(x => new { x.ComplaintId, x.Key });
            s.Property(x => x.Key).HasMaxLength(40);
        });
    }
}
