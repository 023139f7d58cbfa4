using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Messaging;

namespace Pst.Core.Tests.Messaging;

/// <summary>A message that is not well formed is refused with what is wrong, before its handler; a well-formed one reaches it.</summary>
public sealed class ValidatedMessagesTests
{
    private readonly List<string> _handled = [];

    [Fact]
    public async Task A_message_that_is_not_well_formed_is_refused_with_its_problems_before_the_handler()
    {
        var refused = await Assert.ThrowsAsync<InvalidMessageException>(() => SendAsync(new Remind("")));

        Assert.Equal(["the key is required"], refused.Problems);
        Assert.Contains("Remind is not well formed", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task A_well_formed_message_reaches_the_handler()
    {
        await SendAsync(new Remind("due-soon"));

        Assert.Equal(["due-soon"], _handled);
    }

    private async Task SendAsync(Remind message)
    {
        var services = new ServiceCollection().AddLogging().AddMessaging().AddSingleton(_handled)
            .AddScoped<IMessageHandler<Remind, Done>, RemindHandler<Remind>>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessages>().SendAsync(message);
    }

    public record Remind(string Key) : IMessage<Done>, IValidatedMessage
    {
        public IEnumerable<string> Problems() => string.IsNullOrEmpty(Key) ? ["the key is required"] : [];
    }

    /// <summary>Generic so that an assembly scan (the dispatcher tests register this assembly's handlers) leaves it out; registered by hand.</summary>
    private sealed class RemindHandler<TMessage>(List<string> handled) : IMessageHandler<TMessage, Done>
        where TMessage : Remind
    {
        public Task<Done> HandleAsync(TMessage message, CancellationToken cancellationToken)
        {
            handled.Add(message.Key);
            return Task.FromResult(Done.Value);
        }
    }
}
