using Pst.Web.Tests.Infrastructure;
using Pst.Web.Tests.WalkIn;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Localization;

/// <summary>English counts in the singular for one ("1 person", not "1 people"); Indonesian has one form.</summary>
public sealed class PluralTextTests : WalkInTestBase<SqliteAppFactory>
{
    [Fact]
    public async Task A_ticket_with_one_person_ahead_says_so_in_english_and_in_indonesian()
    {
        using var first = new SiteSession(Factory);
        using var second = new SiteSession(Factory);
        await Forms.PostAsync(first.Client, "/antrian", ("service", "penjualan"));
        var ticket = (await Forms.PostAsync(second.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString;

        Assert.Contains("1 orang sebelum Anda.", await TextOfAsync(second, ticket), StringComparison.Ordinal);
        await second.Client.GetAsync("/bahasa/en?returnUrl=/");
        var english = await TextOfAsync(second, ticket);
        Assert.Contains("1 person before you.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("1 people", english, StringComparison.Ordinal);
    }
}
