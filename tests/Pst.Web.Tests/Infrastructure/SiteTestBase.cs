namespace Pst.Web.Tests.Infrastructure;

/// <summary>
/// A test class run once per database provider: each test gets the real site on a fresh database of
/// <typeparamref name="TFactory"/>'s kind, disposed afterwards. A provider whose server is missing skips.
/// </summary>
public abstract class SiteTestBase<TFactory> : IAsyncLifetime
    where TFactory : PstAppFactory, new()
{
    protected TFactory Factory { get; private set; } = null!;

    protected virtual void SkipUnlessAvailable()
    {
    }

    public virtual ValueTask InitializeAsync()
    {
        SkipUnlessAvailable();
        Factory = new TFactory();
        return ValueTask.CompletedTask;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }
    }
}
