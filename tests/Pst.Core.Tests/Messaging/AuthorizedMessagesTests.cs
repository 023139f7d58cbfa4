using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Messaging;
using Pst.Core.Security;

namespace Pst.Core.Tests.Messaging;

/// <summary>A message that requires a permission reaches its handler only from a reader who holds it.</summary>
public sealed class AuthorizedMessagesTests
{
    private readonly List<string> _handled = [];

    [Fact]
    public async Task A_reader_without_the_permission_is_refused_before_the_handler()
    {
        var refused = await Assert.ThrowsAsync<NotPermittedException>(() => SendAsync(new Serve("PST-2026-00001"), held: "requests.read"));

        Assert.Equal("requests.serve", refused.Permission);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task A_reader_with_the_permission_reaches_the_handler()
    {
        await SendAsync(new Serve("PST-2026-00001"), held: "requests.serve");

        Assert.Equal(["PST-2026-00001"], _handled);
    }

    private async Task SendAsync(Serve message, string held)
    {
        var services = new ServiceCollection().AddLogging().AddMessaging().AddSingleton(_handled)
            .AddSingleton<IPermissionChecker>(new Holding(held))
            .AddScoped<IMessageHandler<Serve, Done>, ServeHandler<Serve>>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessages>().SendAsync(message);
    }

    public record Serve(string Number) : IMessage<Done>, IAuthorizedMessage
    {
        public string Permission => "requests.serve";
    }

    /// <summary>Generic so that an assembly scan (the dispatcher tests register this assembly's handlers) leaves it out; registered by hand.</summary>
    private sealed class ServeHandler<TMessage>(List<string> handled) : IMessageHandler<TMessage, Done>
        where TMessage : Serve
    {
        public Task<Done> HandleAsync(TMessage message, CancellationToken cancellationToken)
        {
            handled.Add(message.Number);
            return Task.FromResult(Done.Value);
        }
    }

    private sealed class Holding(string permission) : IPermissionChecker
    {
        public Task<bool> HasAsync(string asked, CancellationToken cancellationToken = default) => Task.FromResult(asked == permission);
    }
}
