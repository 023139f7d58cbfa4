using Pst.Core.Kernel;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Tests.Requests;

/// <summary>The files one delivery makes for a line stand together (a map's formats); a later delivery of the line replaces them.</summary>
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
}
