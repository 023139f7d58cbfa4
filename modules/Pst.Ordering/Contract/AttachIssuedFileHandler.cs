using Pst.Core.Messaging;
using Pst.Ordering.Notifications;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

internal sealed class AttachIssuedFileHandler(RequestStore requests, RequestNotifier notifier, TimeProvider clock) : IMessageHandler<AttachIssuedFile, Done>
{
    public async Task<Done> HandleAsync(AttachIssuedFile message, CancellationToken cancellationToken)
    {
        var request = await requests.RequireAsync(message.RequestId, cancellationToken);
        if (request.Current(message.Kind)?.Number == message.Number)
        {
            return Done.Value;
        }

        request.Issue(message.Kind, message.Number, message.FileId, message.FileName, clock.GetUtcNow());
        if (message.Notification is { } notification)
        {
            await notifier.NotifyAsync(notification, request, message.Values ?? new Dictionary<string, object?>(), cancellationToken);
        }

        await requests.SaveAsync(cancellationToken);
        return Done.Value;
    }
}
