namespace Pst.Feedback.Complaints;

public static class ComplaintAddresses
{
    public const string New = Pst.Core.Feedback.FeedbackLinks.NewComplaint;
    public const string Track = "/pengaduan/lacak";
    public const string StaffList = "/admin/pengaduan";
    public const string Lapor = "https://www.lapor.go.id";

    /// <summary>The complainant's status page: the number with the secret, which lets them read the replies.</summary>
    public static string StatusOf(Complaint complaint) => $"/pengaduan/{complaint.Number}?kunci={complaint.Secret}";

    public static string StaffOf(Complaint complaint) => $"/admin/pengaduan/{complaint.Id}";
}
