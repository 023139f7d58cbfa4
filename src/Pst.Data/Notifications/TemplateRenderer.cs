using System.Text.Encodings.Web;
using Fluid;
using Pst.Core.Notifications;

namespace Pst.Data.Notifications;

/// <summary>A rendered e-mail: subject, HTML body and plain-text body.</summary>
public sealed record RenderedMail(string Subject, string Html, string Text);

/// <summary>
/// Renders Liquid templates with Fluid: only the values handed in are reachable (no .NET object is exposed), and a
/// template that does not parse is refused with Fluid's explanation. Templates are plain text: the HTML body is
/// the text encoded, line breaks kept, so neither a template nor a value can put markup into an e-mail.
/// </summary>
public static class TemplateRenderer
{
    private static readonly FluidParser Parser = new();

    /// <summary>Null when the text parses; otherwise why not.</summary>
    public static string? Check(string text) => Parser.TryParse(text, out _, out var error) ? null : error;

    public static async Task<RenderedMail> RenderAsync(TemplateText template, IReadOnlyDictionary<string, object?> values)
    {
        var subject = await RenderAsync(template.Subject, values, NullEncoder.Default);
        var text = (await RenderAsync(template.Body, values, NullEncoder.Default)).Trim().ReplaceLineEndings("\n");
        var html = "<p>" + HtmlEncoder.Default.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal) + "</p>";
        return new RenderedMail(subject.ReplaceLineEndings(" ").Trim(), html, text);
    }

    private static async Task<string> RenderAsync(string source, IReadOnlyDictionary<string, object?> values, TextEncoder encoder)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"The template does not parse: {error}");
        }

        var context = new TemplateContext();
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return await template.RenderAsync(context, encoder);
    }
}
