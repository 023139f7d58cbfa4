using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Lifecycle;

public sealed class RequestLinesTests
{
    private static readonly CatalogueItem Jtda = new("jtda-2026", "publication", "Jawa Tengah Dalam Angka 2026", []);

    [Fact]
    public void The_owner_adds_and_removes_lines_of_a_draft_and_numbers_are_not_reused()
    {
        var request = new Request(Guid.NewGuid(), Customer.UserId, SalesChannel.Online, Start);
        var first = request.AddLine(Customer, Jtda, LineChoices.Of(("format", ["softcopy"])));
        var second = request.AddLine(Customer, Susenas, LineChoices.Of(("period", ["2025-03"]), ("variables", ["r101", "r102"])));
        request.RemoveLine(Customer, first.Number);
        var third = request.AddLine(Customer, Jtda, LineChoices.Of(("format", ["softcopy"])));

        Assert.Equal([2, 3], request.Lines.Select(l => l.Number));
        Assert.Equal(("Jawa Tengah Dalam Angka 2026", "publication"), (third.ItemTitle, third.ProductTypeId));
        Assert.Equal(["r101", "r102"], second.Choices.Many("variables"));
    }

    [Fact]
    public void The_same_product_with_the_same_choices_is_added_once()
    {
        var request = new Request(Guid.NewGuid(), Customer.UserId, SalesChannel.Online, Start);
        request.AddLine(Customer, Jtda, LineChoices.Of(("format", ["softcopy"])));

        var twice = Assert.Throws<TransitionRefusedException>(() => request.AddLine(Customer, Jtda, LineChoices.Of(("format", ["softcopy"]))));
        Assert.Equal("This product with these choices is already in your request.", twice.MessageKey);
        request.AddLine(Customer, Jtda, LineChoices.Of(("format", ["printed"])));
        Assert.Equal(2, request.Lines.Count);
    }

    [Fact]
    public void Lines_change_only_in_a_draft_and_only_by_its_owner()
    {
        var submitted = In(RequestState.Submitted);
        Assert.Throws<TransitionRefusedException>(() => submitted.AddLine(Customer, Jtda, LineChoices.Empty));
        Assert.Throws<TransitionRefusedException>(() => submitted.RemoveLine(Customer, 1));

        var draft = NewDraft();
        Assert.Throws<TransitionRefusedException>(() => draft.AddLine(OtherCustomer, Jtda, LineChoices.Empty));
        Assert.Throws<TransitionRefusedException>(() => draft.AddLine(Officer, Jtda, LineChoices.Empty));
        Assert.Equal("This request has no such line.", Assert.Throws<TransitionRefusedException>(() => draft.RemoveLine(Customer, 99)).MessageKey);
        Assert.Single(draft.Lines);
    }

    [Fact]
    public void An_empty_draft_cannot_be_sent_even_with_nothing_to_upload()
    {
        var request = new Request(Guid.NewGuid(), Customer.UserId, SalesChannel.Online, Start);
        var refused = Assert.Throws<TransitionRefusedException>(() => request.Act(RequestTrigger.Submit, Customer, Start));
        Assert.Equal("at least one product, and all required documents uploaded", refused.Arguments.Single());

        request.AddLine(Customer, Jtda, LineChoices.Of(("format", ["softcopy"])));
        request.Act(RequestTrigger.Submit, Customer, Start);
        Assert.Equal(RequestState.Submitted, request.State);
    }

    [Fact]
    public void Requirements_follow_the_lines_while_drafting_and_keep_what_was_uploaded()
    {
        var request = NewDraft();
        request.WriteDocument(Customer, Abstract, "file-1", "{}");
        request.SetRequirements([Abstract, "npwp"], needsAgreement: true);
        Assert.Equal([(Abstract, DocumentStatus.Uploaded), ("npwp", DocumentStatus.Missing)], request.Documents.Select(d => (d.Code, d.Status)));

        request.SetRequirements(["npwp"], needsAgreement: false);
        Assert.Equal(["npwp"], request.Documents.Select(d => d.Code));
        Assert.False(request.NeedsAgreement);
    }
}
