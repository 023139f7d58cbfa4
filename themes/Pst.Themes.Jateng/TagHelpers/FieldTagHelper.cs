using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pst.Themes.Jateng.TagHelpers;

/// <summary>
/// One form field the theme's way: <c>&lt;pst-field asp-for="Input.Email" autocomplete="email" /&gt;</c> renders the
/// label, the input (its type from the model, as the input tag helper does), an optional hint and the field's
/// validation message, tied together with <c>aria-describedby</c>.
/// </summary>
[HtmlTargetElement("pst-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Text (already localised) shown under the input.</summary>
    public string? Hint { get; set; }

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = TagBuilder.CreateSanitizedId(For.Name, "_");
        var isCheckbox = For.ModelExplorer.ModelType == typeof(bool);

        var input = await RunAsync(new InputTagHelper(generator) { For = For, ViewContext = ViewContext }, "input", TagMode.SelfClosing,
            ("class", isCheckbox ? "form-check-input" : "form-control"),
            ("autocomplete", Autocomplete),
            ("inputmode", Inputmode),
            ("aria-describedby", string.Join(' ', new[] { Hint is null ? null : id + "-hint", id + "-error" }.OfType<string>())));
        var label = await RunAsync(new LabelTagHelper(generator) { For = For, ViewContext = ViewContext }, "label", TagMode.StartTagAndEndTag,
            ("class", isCheckbox ? "form-check-label" : "form-label"));
        var error = await RunAsync(new ValidationMessageTagHelper(generator) { For = For, ViewContext = ViewContext }, "span", TagMode.StartTagAndEndTag,
            ("class", "invalid-feedback d-block"), ("id", id + "-error"));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", isCheckbox ? "form-check mb-3" : "mb-3");
        if (isCheckbox)
        {
            output.Content.AppendHtml(input).AppendHtml(label);
        }
        else
        {
            output.Content.AppendHtml(label).AppendHtml(input);
        }

        if (Hint is not null)
        {
            output.Content.AppendHtml($"<div class=\"form-text\" id=\"{id}-hint\">").Append(Hint).AppendHtml("</div>");
        }

        output.Content.AppendHtml(error);
    }

    /// <summary>Runs a framework tag helper on an element of our own and returns the element it produced.</summary>
    private static async Task<TagHelperOutput> RunAsync(TagHelper helper, string tagName, TagMode mode, params (string Name, string? Value)[] attributes)
    {
        var list = new TagHelperAttributeList(attributes.Where(a => !string.IsNullOrEmpty(a.Value)).Select(a => new TagHelperAttribute(a.Name, a.Value)));
        var context = new TagHelperContext(tagName, new TagHelperAttributeList(list), new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(tagName, list, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent())) { TagMode = mode };
        helper.Init(context);
        await helper.ProcessAsync(context, output);
        return output;
    }
}
