using Pst.Core.Products;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Requests;

/// <summary>A line's choices change only while the officer answers a product correction, and only by the officer.</summary>
public sealed class LineChoicesCorrectionTests
{
    private static readonly LineChoices Other = LineChoices.Of(("period", ["2025-09"]));

    [Fact]
    public void The_officer_changes_a_lines_choices_and_measures_while_answering_a_product_correction()
    {
        var request = In(RequestState.ProductCorrectionRequested);
        var version = request.Version;

        request.ChangeLineChoices(Officer, 1, Other, new LineMeasures(new Dictionary<string, string> { ["bytes"] = "1024" }));

        var line = Assert.Single(request.Lines);
        Assert.Equal(["2025-09"], line.Choices.Many("period"));
        Assert.Equal("1024", line.Measures.Values["bytes"]);
        Assert.True(request.Version > version);
    }

    [Theory]
    [InlineData(RequestState.Delivered)]
    [InlineData(RequestState.ReceiptIssued)]
    [InlineData(RequestState.CustomerReview)]
    public void Outside_a_product_correction_the_choices_stay_as_offered(RequestState state)
    {
        var request = In(state);
        Assert.Throws<TransitionRefusedException>(() => request.ChangeLineChoices(Officer, 1, Other, LineMeasures.None));
        Assert.Equal(["2025-03"], Assert.Single(request.Lines).Choices.Many("period"));
    }

    [Fact]
    public void Neither_the_customer_nor_the_treasurer_changes_them_nor_can_a_missing_line_be_changed()
    {
        var request = In(RequestState.ProductCorrectionRequested);
        Assert.Throws<TransitionRefusedException>(() => request.ChangeLineChoices(Customer, 1, Other, LineMeasures.None));
        Assert.Throws<TransitionRefusedException>(() => request.ChangeLineChoices(Treasurer, 1, Other, LineMeasures.None));
        Assert.Throws<TransitionRefusedException>(() => request.ChangeLineChoices(Officer, 2, Other, LineMeasures.None));
        Assert.Equal(["2025-03"], Assert.Single(request.Lines).Choices.Many("period"));
    }
}
