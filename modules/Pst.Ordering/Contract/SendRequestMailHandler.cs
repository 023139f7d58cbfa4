using Pst.Core.Messaging;
using Pst.Ordering.Notifications;
using Pst.Ordering.Reminders;

namespace Pst.Ordering.Contract;

internal sealed class SendRequestMailHandler(RequestReminders reminders, RequestNotifier notifier) : IMessageHandler<SendRequestMail, bool>
{
    public Task<bool> HandleAsync(SendRequestMail message, CancellationToken cancellationToken) =>
        reminders.TrySendAsync(message.RequestId, message.OnceKey, r => notifier.NotifyAsync(message.Notification, r, message.Values, cancellationToken), cancellationToken);
}
