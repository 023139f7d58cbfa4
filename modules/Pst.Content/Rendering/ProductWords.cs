using Microsoft.Extensions.Localization;
using Pst.Core.Products;

namespace Pst.Content.Rendering;

/// <summary>
/// The products on sale in words, for pages that name them: <c>{{products}}</c> becomes "publikasi, data mikro dan
/// peta digital wilayah kerja statistik" and <c>{{products-or}}</c> the same with "atau", in the reader's language,
/// from the product modules enabled now (a module switched off leaves the sentence; the public pages' cache is
/// emptied on every switch).
/// </summary>
public sealed class ProductWords(ProductTypeRegistry registry, ProductTypeTexts texts, IStringLocalizer<ContentModule> text)
{
    public const string All = "{{products}}";
    public const string Any = "{{products-or}}";

    public async Task<Func<string, string>> ReplacerAsync(CancellationToken cancellationToken = default)
    {
        var names = (await registry.GetOfferedAsync(cancellationToken)).OrderBy(t => t.ListOrder).Select(texts.ProductsOf).Distinct().ToList();
        var all = Join(names, text["and"]);
        var any = Join(names, text["or"]);
        return markdown => markdown.Contains("{{", StringComparison.Ordinal)
            ? markdown.Replace(All, all, StringComparison.Ordinal).Replace(Any, any, StringComparison.Ordinal)
            : markdown;
    }

    /// <summary>"a", "a dan b", "a, b dan c".</summary>
    public static string Join(IReadOnlyList<string> names, string conjunction) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} {conjunction} {names[^1]}",
    };
}
