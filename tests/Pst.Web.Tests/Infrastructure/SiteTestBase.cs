namespace Pst.Web.Tests.Infrastructure;

/// <summary>
/// A test class run once per database provider: each test gets the real site on a database of its own of
/// <typeparamref name="TFactory"/>'s kind (a copy of the site's first start), disposed afterwards. A provider whose server is missing skips.
/// </summary>
public abstract class SiteTestBase<TFactory> : IAsyncLifetime
    where TFactory : PstAppFactory, new()
{
    protected TFactory Factory { get; private set; } = null!;

    protected virtual void SkipUnlessAvailable()
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        SkipUnlessAvailable();
        Factory = await PstAppFactory.CreateAsync<TFactory>();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }
    }
}
