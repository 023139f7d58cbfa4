using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Pst.Core.Messaging;

/// <summary>
/// The audit trail of messages between modules: which message, how long it took, and whether it failed, so an
/// operator can follow a payment from the treasurer's desk into the request it settled.
/// </summary>
internal sealed class MessageLog(ILogger<MessageLog> logger) : IMessageBehavior
{
    public async Task<TResult> HandleAsync<TMessage, TResult>(TMessage message, Func<Task<TResult>> next, CancellationToken cancellationToken)
        where TMessage : IMessage<TResult>
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await next();
            logger.LogDebug("{Message} handled in {Elapsed} ms", typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception exception)
        {
            logger.LogInformation("{Message} not done after {Elapsed} ms: {Reason}", typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message);
            throw;
        }
    }
}
