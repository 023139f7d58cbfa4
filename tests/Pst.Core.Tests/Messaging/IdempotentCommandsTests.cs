using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Messaging;

namespace Pst.Core.Tests.Messaging;

/// <summary>
/// An idempotent command is handled once per id: a repeat does not reach the handler, a failed attempt leaves no
/// trace so that the next one is handled, and a copy that lost a race to another is answered as a repeat.
/// </summary>
public sealed class IdempotentCommandsTests
{
    private readonly HandledInMemory _handled = new();
    private readonly List<Guid> _attempts = [];

    [Fact]
    public async Task A_command_sent_twice_reaches_its_handler_once()
    {
        var id = Guid.NewGuid();

        Assert.Same(Done.Value, await SendAsync(new Settle(id)));
        Assert.Same(Done.Value, await SendAsync(new Settle(id)));
        await SendAsync(new Settle(Guid.NewGuid()));

        Assert.Equal(2, _attempts.Count);
        Assert.Equal(id, _attempts[0]);
    }

    [Fact]
    public async Task A_command_whose_handler_failed_is_handled_when_sent_again()
    {
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new Settle(id, Fail: true)));
        Assert.DoesNotContain(id, _handled.Saved);
        await SendAsync(new Settle(id));

        Assert.Equal([id, id], _attempts);
        Assert.Contains(id, _handled.Saved);
    }

    [Fact]
    public async Task A_copy_that_failed_because_another_copy_was_saved_first_is_answered_as_a_repeat()
    {
        var id = Guid.NewGuid();

        var answer = await SendAsync(new Settle(id, Fail: true, OtherCopySavedFirst: true));

        Assert.Same(Done.Value, answer);
        Assert.Equal([id], _attempts);
    }

    [Fact]
    public async Task An_idempotent_command_with_no_store_of_handled_commands_names_itself()
    {
        var services = new ServiceCollection().AddLogging().AddMessaging().AddSingleton(_attempts)
            .AddScoped<IMessageHandler<Settle, Done>, SettleHandler<Settle>>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<IMessages>().SendAsync(new Settle(Guid.NewGuid())));

        Assert.Contains(nameof(Settle), refused.Message, StringComparison.Ordinal);
        Assert.Empty(_attempts);
    }

    private async Task<Done> SendAsync(Settle command)
    {
        var services = new ServiceCollection().AddLogging().AddMessaging().AddSingleton(_attempts)
            .AddSingleton<IHandledCommands>(_handled).AddSingleton(_handled)
            .AddScoped<IMessageHandler<Settle, Done>, SettleHandler<Settle>>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessages>().SendAsync(command);
    }

    public record Settle(Guid MessageId, bool Fail = false, bool OtherCopySavedFirst = false) : IIdempotentCommand;

    /// <summary>Generic so that an assembly scan (the dispatcher tests register this assembly's handlers) leaves it out; registered by hand.</summary>
    private sealed class SettleHandler<TMessage>(List<Guid> attempts, IServiceProvider services) : IMessageHandler<TMessage, Done>
        where TMessage : Settle
    {
        public Task<Done> HandleAsync(TMessage message, CancellationToken cancellationToken)
        {
            attempts.Add(message.MessageId);
            if (message.OtherCopySavedFirst)
            {
                services.GetRequiredService<HandledInMemory>().Saved.Add(message.MessageId);
            }

            return message.Fail ? throw new InvalidOperationException("The change could not be saved.") : Task.FromResult(Done.Value);
        }
    }

    /// <summary>The store as the database keeps it: a record is saved with the handler's work, or dropped with it.</summary>
    private sealed class HandledInMemory : IHandledCommands
    {
        private readonly HashSet<Guid> _pending = [];

        public HashSet<Guid> Saved { get; } = [];

        public Task<bool> WasHandledAsync(Guid messageId, CancellationToken cancellationToken) => Task.FromResult(Saved.Contains(messageId));

        public void Record(Guid messageId, string command, DateTimeOffset at) => _pending.Add(messageId);

        public Task SaveAsync(Guid messageId, CancellationToken cancellationToken)
        {
            if (_pending.Remove(messageId))
            {
                Saved.Add(messageId);
            }

            return Task.CompletedTask;
        }

        public void Forget(Guid messageId) => _pending.Remove(messageId);
    }
}
