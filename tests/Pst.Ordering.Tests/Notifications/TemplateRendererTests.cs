using Pst.Ordering.Abstractions;
using Pst.Ordering.Notifications;

namespace Pst.Ordering.Tests.Notifications;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, object?> Values = new()
    {
        ["request"] = new Dictionary<string, object?> { ["number"] = "PST-2026-00042", ["link"] = "https://pst.example/permintaan/1", ["state"] = "Diajukan" },
        ["customer"] = new Dictionary<string, object?> { ["name"] = "Siti <Rahayu>" },
        ["reason"] = "NPWP tidak terbaca",
        ["due_date"] = "30 Maret 2026",
        ["billing"] = new Dictionary<string, object?> { ["code"] = "82026 11240 00123", ["amount"] = "Rp80.000,00", ["expires"] = "1 Desember 2026 pukul 10.00 WIB" },
    };

    public static TheoryData<NotificationEvent, string> Every() =>
        new(Enum.GetValues<NotificationEvent>().SelectMany(e => DefaultTemplates.Languages.Select(l => (e, l))));

    [Theory]
    [MemberData(nameof(Every))]
    public async Task Every_default_template_renders_with_the_request_and_its_link(NotificationEvent notification, string language)
    {
        var mail = await TemplateRenderer.RenderAsync(DefaultTemplates.For(notification, language), Values);

        Assert.Contains("PST-2026-00042", mail.Subject + mail.Text, StringComparison.Ordinal);
        Assert.Contains("https://pst.example/permintaan/1", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_body_is_the_text_encoded_so_no_value_or_template_puts_markup_in_a_mail()
    {
        var mail = await TemplateRenderer.RenderAsync(new TemplateText("Halo", "<b>Yth.</b> {{ customer.name }},\nalasan: {{ reason }}"), Values);

        Assert.Equal("<b>Yth.</b> Siti <Rahayu>,\nalasan: NPWP tidak terbaca", mail.Text);
        Assert.Equal("<p>&lt;b&gt;Yth.&lt;/b&gt; Siti &lt;Rahayu&gt;,<br>alasan: NPWP tidak terbaca</p>", mail.Html);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_refused_with_the_reason()
    {
        Assert.NotNull(TemplateRenderer.Check("Permintaan {{ request.number "));
        Assert.NotNull(TemplateRenderer.Check("{% if x %}tanpa penutup"));
        Assert.Null(TemplateRenderer.Check("{% if reason %}Alasan: {{ reason }}{% endif %}"));
    }
}
