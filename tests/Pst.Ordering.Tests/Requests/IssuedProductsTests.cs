using Pst.Core.Kernel;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Requests;

/// <summary>
/// The files one delivery makes for a line stand together (a map's formats); a later delivery of the line replaces
/// them, and a replaced file is not served. Once a window closes the customer, and only they, gets new links.
/// </summary>
public sealed class IssuedProductsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_files_of_one_delivery_do_not_replace_each_other_and_a_new_delivery_replaces_them()
    {
        var request = new Request(Guid.NewGuid(), "customer", SalesChannel.Online, Now);
        request.IssueProducts(1, [("a.gpkg", "peta.gpkg"), ("a.pdf", "peta.pdf"), ("a.txt", "peta-metadata.txt")], Now, Now.AddDays(7));
        request.IssueProducts(2, [("b.zip", "data.zip")], Now, Now.AddDays(7));
        Assert.Equal(4, request.IssuedFiles.Count(f => !f.Replaced));

        request.IssueProducts(1, [("c.gpkg", "peta.gpkg")], Now.AddHours(1), Now.AddDays(8));
        Assert.Equal(["b.zip", "c.gpkg"], request.IssuedFiles.Where(f => !f.Replaced).Select(f => f.FileId).Order());
        Assert.All(request.IssuedFiles.Where(f => f.FileId.StartsWith("a.", StringComparison.Ordinal)), f => Assert.True(f.Replaced));
    }

    [Fact]
    public void A_replaced_file_is_not_served_and_names_the_files_that_took_its_place()
    {
        var request = new Request(Guid.NewGuid(), "customer", SalesChannel.Online, Now);
        request.IssueProducts(1, [("a.gpkg", "peta.gpkg"), ("a.pdf", "peta.pdf")], Now, Now.AddDays(7));
        request.IssueProducts(1, [("c.gpkg", "peta.gpkg"), ("c.pdf", "peta.pdf")], Now.AddHours(1), Now.AddDays(8));
        var old = request.IssuedFiles.Single(f => f.FileId == "a.pdf");

        Assert.Throws<TransitionRefusedException>(() => request.RecordDownload("a.pdf", Now.AddHours(2)));
        Assert.Equal(["c.gpkg", "c.pdf"], request.ReplacementsOf(old).Select(f => f.FileId).Order());
        Assert.Equal(1, request.RecordDownload("c.pdf", Now.AddHours(2)).DownloadCount);
    }

    [Fact]
    public void After_the_window_closes_the_customer_gets_new_links_even_on_a_completed_request()
    {
        var request = In(RequestState.Completed);
        request.IssueProducts(1, [("a.zip", "data.zip")], Start, Start.AddDays(7));
        var later = Start.AddDays(10);
        Assert.Throws<TransitionRefusedException>(() => request.RecordDownload("a.zip", later));

        Assert.Throws<TransitionRefusedException>(() => request.RenewDownloads(OtherCustomer, later, later.AddDays(7)));
        Assert.Throws<TransitionRefusedException>(() => request.RenewDownloads(Officer, later, later.AddDays(7)));
        Assert.Equal(["a.zip"], request.RenewDownloads(Customer, later, later.AddDays(7)).Select(f => f.FileId));
        Assert.Equal(1, request.RecordDownload("a.zip", later).DownloadCount);
        Assert.Throws<TransitionRefusedException>(() => request.RenewDownloads(Customer, later, later.AddDays(7))); // they still work
    }

    [Fact]
    public void No_new_links_before_the_product_is_delivered()
    {
        var request = In(RequestState.ReceiptIssued);

        Assert.Throws<TransitionRefusedException>(() => request.RenewDownloads(Customer, Start, Start.AddDays(7)));
    }
}
