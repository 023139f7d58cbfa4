using AngleSharp.Html.Parser;
using Pst.Content.Rendering;

namespace Pst.Content.Tests;

/// <summary>An editor's Markdown becomes the page a visitor sees: formatting kept, anything that could run or mislead removed.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Hostile() => new(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](&#106;avascript:alert(1))",
        "[gambar](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<div onclick=\"alert(1)\" style=\"position:fixed;top:0\">tutup</div>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<form action=\"https://evil.example\"><input name=p><button>Kirim</button></form>",
        "<style>body{display:none}</style>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "[x](https://pst.example \"judul\"){onmouseover=alert(1)}",
        "<p/onmouseover=alert(1)>teks</p>");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_markdown_or_html_renders_harmless(string input)
    {
        var html = Renderer.ToHtml(input);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        Assert.Empty(document.QuerySelectorAll("script, style, iframe, object, embed, svg, math, form, input, button"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} survived in {html}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "xlink:href")
                {
                    Assert.DoesNotMatch("^\\s*(javascript|vbscript|data):", attribute.Value.ToLowerInvariant());
                }
            }
        }
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_headings_tables_lists_links_and_images()
    {
        var html = Renderer.ToHtml("""
            ## Jangka Waktu Pelayanan

            1. Pengguna layanan mengambil nomor antrian
            2. Pengguna layanan **mengisi buku tamu**

            | Saluran | Alamat |
            |---|---|
            | E-mail | jateng@bps.go.id |

            [Ambil nomor antrian](/antrian) atau [LAPOR!](https://www.lapor.go.id) atau [e-mail](mailto:jateng@bps.go.id)

            ![Denah loket](/media/denah.png)
            """);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        Assert.Equal("Jangka Waktu Pelayanan", document.QuerySelector("h2")!.TextContent);
        Assert.Equal("jangka-waktu-pelayanan", document.QuerySelector("h2")!.Id);
        Assert.Equal(2, document.QuerySelectorAll("ol li").Length);
        Assert.Equal("mengisi buku tamu", document.QuerySelector("li strong")!.TextContent);
        Assert.Equal("jateng@bps.go.id", document.QuerySelector("table tbody td:last-child")!.TextContent);
        var links = document.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.GetAttribute("rel"))).ToList();
        Assert.Equal([("/antrian", null), ("https://www.lapor.go.id", "noopener noreferrer"), ("mailto:jateng@bps.go.id", null)], links);
        Assert.Equal(("/media/denah.png", "Denah loket"), (document.QuerySelector("img")!.GetAttribute("src"), document.QuerySelector("img")!.GetAttribute("alt")));
    }
}
