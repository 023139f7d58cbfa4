using Pst.Core.Notifications;

namespace Pst.Core.Tests.Notifications;

public sealed class NotificationCatalogueTests
{
    private static NotificationDefinition Mail(string key, string[] languages, IReadOnlyDictionary<string, object?>? example = null) =>
        new(key, typeof(object), [NotificationAudience.Customer], languages.ToDictionary(l => l, l => new TemplateText(l, l)), example ?? new Dictionary<string, object?>());

    private sealed class Module(params NotificationDefinition[] notifications) : INotificationDefinitions
    {
        public IEnumerable<NotificationDefinition> Notifications => notifications;
    }

    [Fact]
    public void The_catalogue_holds_the_mails_of_every_module_by_key()
    {
        var catalogue = new NotificationCatalogue([new Module(Mail("A", ["id", "en"])), new Module(Mail("B", ["id"]))]);

        Assert.Equal(["A", "B"], catalogue.All.Select(n => n.Key));
        Assert.Equal("B", catalogue.Get("B").Key);
        Assert.Null(catalogue.Find("C"));
        Assert.Throws<InvalidOperationException>(() => catalogue.Get("C"));
    }

    [Fact]
    public void Two_modules_declaring_one_key_or_a_mail_without_Indonesian_text_stop_the_start()
    {
        Assert.Contains("A", Assert.Throws<InvalidOperationException>(() => new NotificationCatalogue([new Module(Mail("A", ["id"])), new Module(Mail("A", ["id"]))])).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new NotificationCatalogue([new Module(Mail("A", ["en"]))]));
    }

    [Fact]
    public void A_language_without_its_own_text_gets_the_Indonesian_one()
    {
        var mail = Mail("A", ["id"]);

        Assert.Equal("id", mail.DefaultIn("en").Subject);
    }

    [Fact]
    public void The_values_a_template_may_use_are_the_dotted_names_of_the_example()
    {
        var mail = Mail("A", ["id"], new Dictionary<string, object?>
        {
            ["request"] = new Dictionary<string, object?> { ["number"] = "1", ["link"] = "l" },
            ["reason"] = "r",
        });

        Assert.Equal(["request.number", "request.link", "reason"], mail.ValueNames);
    }
}
