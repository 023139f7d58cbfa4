using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Security;

namespace Pst.Core.Messaging;

/// <summary>Refuses an <see cref="IAuthorizedMessage"/> from a reader without its permission, before the handler runs.</summary>
internal sealed class AuthorizedMessages(IServiceProvider services) : IMessageBehavior
{
    public async Task<TResult> HandleAsync<TMessage, TResult>(TMessage message, Func<Task<TResult>> next, CancellationToken cancellationToken)
        where TMessage : IMessage<TResult>
    {
        if (message is IAuthorizedMessage authorized)
        {
            var permissions = services.GetService<IPermissionChecker>()
                ?? throw new InvalidOperationException($"{typeof(TMessage).Name} requires a permission, but no permission checker is registered.");
            if (!await permissions.HasAsync(authorized.Permission, cancellationToken))
            {
                throw new NotPermittedException(typeof(TMessage).Name, authorized.Permission);
            }
        }

        return await next();
    }
}
