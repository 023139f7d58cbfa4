using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Ordering.Customers;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Tests.Requests;

public sealed class RequiredDocumentsTests
{
    private static readonly ProductRequirements Microdata = new([new(DocumentCodes.DataUseAbstract, "Data use abstract")], NeedsSample: true, NeedsAgreement: true);

    [Fact]
    public void A_publication_bought_online_by_an_individual_needs_no_document() =>
        Assert.Empty(RequiredDocuments.For([ProductRequirements.None], CustomerSegment.Individual, Domicile.Indonesia, SalesChannel.Online, claimsZeroTariff: false));

    [Fact]
    public void A_private_business_gives_its_NPWP_and_a_walk_in_visitor_their_identity()
    {
        Assert.Equal([DocumentCodes.Npwp], RequiredDocuments.For([ProductRequirements.None], CustomerSegment.PrivateBusiness, Domicile.Indonesia, SalesChannel.Online, false));
        Assert.Equal([DocumentCodes.Identity], RequiredDocuments.For([ProductRequirements.None], CustomerSegment.Student, Domicile.Indonesia, SalesChannel.WalkIn, false));
    }

    [Fact]
    public void A_business_abroad_has_no_NPWP_to_give() =>
        Assert.Empty(RequiredDocuments.For([ProductRequirements.None], CustomerSegment.PrivateBusiness, Domicile.Abroad, SalesChannel.Online, false));

    [Fact]
    public void A_business_abroad_may_send_requests_without_an_NPWP()
    {
        Assert.True(new CustomerProfile("Müller Daten GmbH", "info@example.de", "Müller Daten GmbH", CustomerSegment.PrivateBusiness, Domicile.Abroad, null).CompleteForRequests);
        Assert.False(new CustomerProfile("CV Data Jaya", "cv@example.org", "CV Data Jaya", CustomerSegment.PrivateBusiness, Domicile.Indonesia, null).CompleteForRequests);
    }

    [Fact]
    public void The_product_types_documents_come_once_and_a_zero_tariff_claim_adds_the_request_letter() =>
        Assert.Equal(
            [DocumentCodes.DataUseAbstract, DocumentCodes.ZeroTariffRequestLetter],
            RequiredDocuments.For([Microdata, Microdata, ProductRequirements.None], CustomerSegment.Government, Domicile.Indonesia, SalesChannel.Online, claimsZeroTariff: true));
}
