using Pst.Core.Messaging;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

internal sealed class RecordReceiptIssuedHandler(RequestStore requests, TimeProvider clock) : IMessageHandler<RecordReceiptIssued, Done>
{
    public async Task<Done> HandleAsync(RecordReceiptIssued message, CancellationToken cancellationToken)
    {
        var request = await requests.RequireAsync(message.RequestId, cancellationToken);
        if (request.Current(IssuedFileKind.Receipt)?.Number == message.ReceiptNumber)
        {
            return Done.Value;
        }

        var now = clock.GetUtcNow();
        request.Check(RequestTrigger.IssueReceipt, message.Treasurer);
        request.Issue(IssuedFileKind.Receipt, message.ReceiptNumber, message.FileId, message.FileName, now);
        request.Fire(RequestTrigger.IssueReceipt, message.Treasurer, now);
        await requests.SaveAsync(cancellationToken);
        return Done.Value;
    }
}
