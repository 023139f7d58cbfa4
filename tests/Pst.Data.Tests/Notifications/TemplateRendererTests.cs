using Pst.Core.Notifications;
using Pst.Data.Notifications;

namespace Pst.Data.Tests.Notifications;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, object?> Values = new()
    {
        ["customer"] = new Dictionary<string, object?> { ["name"] = "Siti <Rahayu>" },
        ["reason"] = "NPWP tidak terbaca",
    };

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
