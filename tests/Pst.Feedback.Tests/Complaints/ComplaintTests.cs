using Pst.Feedback.Complaints;

namespace Pst.Feedback.Tests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));

    private static Complaint New() => new(Guid.NewGuid(), "PGD-2026-00001", ComplaintChannel.Website, ComplaintCategory.CompletionTime, "Permintaan saya belum selesai.", At);

    [Fact]
    public void Replies_reach_the_complainant_internal_notes_do_not()
    {
        var complaint = New();
        complaint.Note("petugas-1", "Dewi", "Cek dulu ke bagian IPDS", At.AddHours(1));
        Assert.Null(complaint.FirstRespondedAt);
        Assert.Equal(ComplaintState.Received, complaint.State);

        complaint.Reply("petugas-1", "Dewi", "  Sedang kami periksa.  ", At.AddHours(2));
        complaint.AddFromComplainant("Terima kasih, saya tunggu.", At.AddHours(3));

        Assert.Equal(At.AddHours(2), complaint.FirstRespondedAt);
        Assert.Equal(ComplaintState.InProgress, complaint.State);
        Assert.Equal(["Sedang kami periksa.", "Terima kasih, saya tunggu."], complaint.PublicMessages.Select(m => m.Text));
        Assert.Equal(3, complaint.Messages.Count);
    }

    [Fact]
    public void Closing_is_the_last_reply_and_ends_every_step()
    {
        var complaint = New();
        complaint.Close(ComplaintOutcome.Answered, "petugas-1", "Dewi", "Produk sudah kami kirim ulang.", At.AddDays(1));

        Assert.Equal(At.AddDays(1), complaint.FirstRespondedAt);
        Assert.Equal((ComplaintState.Closed, ComplaintOutcome.Answered), (complaint.State, complaint.Outcome));
        Assert.Equal("This complaint is closed.", Assert.Throws<ComplaintRefusedException>(() => complaint.Reply("petugas-1", "Dewi", "Lagi", At.AddDays(2))).MessageKey);
        Assert.Throws<ComplaintRefusedException>(() => complaint.AddFromComplainant("Belum", At.AddDays(2)));
        Assert.Throws<ComplaintRefusedException>(() => complaint.SetTier(ComplaintTier.FieldCheck));
    }

    [Fact]
    public void An_empty_or_overlong_message_is_refused()
    {
        var complaint = New();

        Assert.Equal("Write the message first.", Assert.Throws<ComplaintRefusedException>(() => complaint.Reply("p", "Dewi", "   ", At)).MessageKey);
        Assert.Throws<ComplaintRefusedException>(() => complaint.Reply("p", "Dewi", new string('x', ComplaintMessage.TextLength + 1), At));
        Assert.Empty(complaint.Messages);
    }

    [Fact]
    public void Each_complaint_has_its_own_unguessable_secret()
    {
        Assert.Equal(32, New().Secret.Length);
        Assert.NotEqual(New().Secret, New().Secret);
    }
}
