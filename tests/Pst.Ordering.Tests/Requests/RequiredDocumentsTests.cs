using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Tests.Requests;

public sealed class RequiredDocumentsTests
{
    private static readonly ProductRequirements Microdata = new([new(DocumentCodes.DataUseAbstract, "Data use abstract")], NeedsSample: true, NeedsAgreement: true);

    [Fact]
    public void A_publication_bought_online_by_an_individual_needs_no_document() =>
        Assert.Empty(RequiredDocuments.For([ProductRequirements.None], CustomerSegment.Individual, SalesChannel.Online, claimsZeroTariff: false));

    [Fact]
    public void A_private_business_gives_its_NPWP_and_a_walk_in_visitor_their_identity()
    {
        Assert.Equal([DocumentCodes.Npwp], RequiredDocuments.For([ProductRequirements.None], CustomerSegment.PrivateBusiness, SalesChannel.Online, false));
        Assert.Equal([DocumentCodes.Identity], RequiredDocuments.For([ProductRequirements.None], CustomerSegment.Student, SalesChannel.WalkIn, false));
    }

    [Fact]
    public void The_product_types_documents_come_once_and_a_zero_tariff_claim_adds_the_request_letter() =>
        Assert.Equal(
            [DocumentCodes.DataUseAbstract, DocumentCodes.ZeroTariffRequestLetter],
            RequiredDocuments.For([Microdata, Microdata, ProductRequirements.None], CustomerSegment.Government, SalesChannel.Online, claimsZeroTariff: true));
}
