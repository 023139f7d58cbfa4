using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.WalkIn;

/// <summary>The walk-in tests run on a working morning, when the kiosk gives numbers (its opening hours are a setting).</summary>
public abstract class WalkInTestBase<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning);
    }
}
