using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Messaging;

namespace Pst.Core.Tests.Messaging;

/// <summary>
/// Messages between modules: each reaches the one handler registered for it, through the behaviours in the order
/// they were registered; a message nobody handles, or handled twice, is a mistake said at once.
/// </summary>
public sealed class MessageDispatcherTests
{
    [Fact]
    public async Task A_message_reaches_its_handler_through_the_behaviours_in_registration_order()
    {
        var calls = new List<string>();
        var services = new ServiceCollection().AddLogging().AddSingleton(calls).AddMessageHandlers(typeof(MessageDispatcherTests).Assembly);
        services.AddSingleton<IMessageBehavior>(new Recording("outer", calls));
        services.AddSingleton<IMessageBehavior>(new Recording("inner", calls));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        var answer = await scope.ServiceProvider.GetRequiredService<IMessages>().SendAsync(new Ping("hallo"));

        Assert.Equal("HALLO", answer);
        Assert.Equal(["outer before", "inner before", "handler hallo", "inner after", "outer after"], calls);
    }

    [Fact]
    public async Task A_message_nobody_handles_names_itself()
    {
        await using var provider = new ServiceCollection().AddLogging().AddMessaging().BuildServiceProvider();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetRequiredService<IMessages>().SendAsync(new Ping("x")));
        Assert.Contains(nameof(Ping), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_handler_of_the_same_message_stops_start_up()
    {
        var services = new ServiceCollection().AddMessageHandlers(typeof(MessageDispatcherTests).Assembly);
        var refused = Assert.Throws<InvalidOperationException>(() => services.AddMessageHandlers(typeof(MessageDispatcherTests).Assembly));
        Assert.Contains(nameof(Ping), refused.Message, StringComparison.Ordinal);
    }

    public sealed record Ping(string Text) : IMessage<string>;

    public sealed class PingHandler(List<string> calls) : IMessageHandler<Ping, string>
    {
        public Task<string> HandleAsync(Ping message, CancellationToken cancellationToken)
        {
            calls.Add("handler " + message.Text);
            return Task.FromResult(message.Text.ToUpperInvariant());
        }
    }

    private sealed class Recording(string name, List<string> calls) : IMessageBehavior
    {
        public async Task<TResult> HandleAsync<TMessage, TResult>(TMessage message, Func<Task<TResult>> next, CancellationToken cancellationToken)
            where TMessage : IMessage<TResult>
        {
            calls.Add(name + " before");
            var result = await next();
            calls.Add(name + " after");
            return result;
        }
    }
}
