namespace Pst.Ordering.Tests.Contract;

/// <summary>The contract's messages say when they are not well formed, so the mediator refuses them before ordering's handlers.</summary>
public sealed class MessageShapeTests
{
    private static readonly Dictionary<string, object?> NoValues = [];

    [Fact]
    public void A_mail_needs_a_once_key_ordering_can_keep_and_the_key_of_the_mail()
    {
        Assert.Empty(new SendRequestMail(Guid.NewGuid(), "billing-expiring/820261124000123", "BillingExpiring", NoValues).Problems());
        Assert.NotEmpty(new SendRequestMail(Guid.NewGuid(), new string('k', SendRequestMail.MaxOnceKeyLength + 1), "BillingExpiring", NoValues).Problems());
        Assert.NotEmpty(new SendRequestMail(Guid.NewGuid(), "", "BillingExpiring", NoValues).Problems());
        Assert.NotEmpty(new SendRequestMail(Guid.NewGuid(), "key", " ", NoValues).Problems());
    }

    [Fact]
    public void An_attached_file_needs_its_kind_number_file_and_name()
    {
        Assert.Empty(new AttachIssuedFile(Guid.NewGuid(), new IssuedFileKind("BillingSlip"), "820261124000123", "f.pdf", "kode-billing.pdf").Problems());
        Assert.NotEmpty(new AttachIssuedFile(Guid.NewGuid(), new IssuedFileKind(""), "820261124000123", "f.pdf", "kode-billing.pdf").Problems());
        Assert.NotEmpty(new AttachIssuedFile(Guid.NewGuid(), IssuedFileKind.Receipt, "", "f.pdf", "kuitansi.pdf").Problems());
    }
}
