using System.Text.Json;
using Pst.Content.Caching;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Content.Publishing;
using Pst.Core.Recipes;

namespace Pst.Content.Recipes;

/// <summary>
/// Recipe step <c>pages</c>: pages with their translations, written in files beside the recipe and published.
/// <c>{ "name": "pages", "pages": [ { "key": "sekilas-pst", "kind": "article", "translations": [ { "language": "id",
/// "slug": "sekilas-tentang-pst", "title": "Sekilas tentang PST", "summary": "…", "file": "files/content/sekilas-pst.id.md" } ] } ] }</c>.
/// A service standard's file holds its parts after <c>&lt;!-- part: … --&gt;</c> lines (<see cref="SectionedText"/>).
/// The key and language find a page again, so a second run adds nothing; a page whose newest text a person wrote
/// is left as it is and the run says so.
/// </summary>
public sealed class PagesRecipeStep(PageStore store, ContentCache cache, TimeProvider clock) : IRecipeStep
{
    public string Name => "pages";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "pages");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new HashSet<(string, string)>();
        foreach (var (page, path) in validation.ObjectArray(step, "pages", validation.StepPath, "pages", nonEmpty: true))
        {
            validation.OnlyProperties(page, path, "key", "kind", "translations");
            if (validation.RequiredString(page, "key", path) is { } key && !keys.Add(key))
            {
                validation.Error(RecipeStepValidation.PathOf(path, "key"), "The key '{0}' is listed twice.", key);
            }

            var kind = ReadKind(page);
            if (kind is null)
            {
                validation.Error(RecipeStepValidation.PathOf(path, "kind"), "Expected 'article', 'serviceStandard' or 'home'.");
            }

            var languages = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (translation, translationPath) in validation.ObjectArray(page, "translations", path, "translations", nonEmpty: true))
            {
                validation.OnlyProperties(translation, translationPath, "language", "slug", "title", "summary", "file");
                var language = validation.RequiredString(translation, "language", translationPath);
                if (language is not null && (ContentLanguage.FromCode(language) is null || !languages.Add(language)))
                {
                    validation.Error(RecipeStepValidation.PathOf(translationPath, "language"), "Expected 'id' or 'en', once per page.");
                }

                var slug = validation.RequiredString(translation, "slug", translationPath);
                if (slug is not null && (!Slug.IsValid(slug) || !slugs.Add((language ?? "", slug))))
                {
                    validation.Error(RecipeStepValidation.PathOf(translationPath, "slug"), "An address is made of small letters, digits and single dashes (at most 100), once per language.");
                }

                var title = validation.RequiredString(translation, "title", translationPath);
                if (validation.RequiredFile(translation, "file", translationPath) is { } file && title is not null && kind is not null)
                {
                    try
                    {
                        _ = TextOf(kind.Value, title, Summary(translation), File.ReadAllText(file));
                    }
                    catch (ContentRefusedException refused)
                    {
                        validation.Error(RecipeStepValidation.PathOf(translationPath, "file"), refused.MessageKey, [.. refused.Arguments]);
                    }
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pageIndex = 0;
        foreach (var item in step.GetProperty("pages").EnumerateArray())
        {
            var key = item.GetProperty("key").GetString()!;
            var kind = ReadKind(item)!.Value;
            var translationIndex = 0;
            Guid? group = null;
            foreach (var translation in item.GetProperty("translations").EnumerateArray())
            {
                var path = $"{execution.StepPath}.pages[{pageIndex}].translations[{translationIndex++}]";
                var language = ContentLanguage.FromCode(translation.GetProperty("language").GetString()!)!.Value;
                var slug = translation.GetProperty("slug").GetString()!;
                var file = Path.GetFullPath(translation.GetProperty("file").GetString()!, execution.BaseDirectory!);
                var text = TextOf(kind, translation.GetProperty("title").GetString()!, Summary(translation), await File.ReadAllTextAsync(file, cancellationToken));

                var page = await store.FindByRecipeKeyAsync(key, language, cancellationToken);
                group ??= page?.TranslationGroup ?? (await FindGroupAsync(key, cancellationToken)) ?? Guid.NewGuid();
                if (page is null)
                {
                    if (await store.SlugTakenAsync(language, slug, null, cancellationToken))
                    {
                        throw new RecipeRejectedException([new RecipeError(execution.File, execution.Step, path + ".slug", "Another page in this language already has the address '{0}'.", slug)]);
                    }

                    page = new Page(Guid.NewGuid(), language, kind, slug, group.Value, text, Page.RecipeEditor, now);
                    page.KeepRecipeKey(key);
                    page.Publish(Page.RecipeEditor, now);
                    store.Add(page);
                }
                else if (page.IsRecipeText)
                {
                    var before = page.Latest.Number;
                    if (page.Edit(text, Page.RecipeEditor, now).Number != before && page.IsPublic)
                    {
                        page.Publish(Page.RecipeEditor, now);
                    }
                }
                else if (!page.HasText(text))
                {
                    execution.Note(path, "The page '{0}' was changed by an editor after the recipe wrote it; the editor's text is kept and the recipe's is not applied.", page.Slug);
                }
            }

            pageIndex++;
        }

        await store.SaveAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
    }

    /// <summary>A translation added to the recipe later joins the pages already made from the same key.</summary>
    private async Task<Guid?> FindGroupAsync(string key, CancellationToken cancellationToken)
    {
        foreach (var language in Enum.GetValues<PageLanguage>())
        {
            if (await store.FindByRecipeKeyAsync(key, language, cancellationToken) is { } page)
            {
                return page.TranslationGroup;
            }
        }

        return null;
    }

    private static PageText TextOf(PageKind kind, string title, string? summary, string file)
    {
        var (body, sections) = SectionedText.Parse(kind, file);
        var text = new PageText(title, body, summary, sections);
        // The page itself checks title, summary and parts; a throwaway page runs those checks before anything is written.
        _ = new Page(Guid.Empty, PageLanguage.Indonesian, kind, "check", Guid.Empty, text, Page.RecipeEditor, DateTimeOffset.UnixEpoch);
        return text;
    }

    private static string? Summary(JsonElement translation) =>
        translation.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.String ? summary.GetString() : null;

    private static PageKind? ReadKind(JsonElement page) =>
        !page.TryGetProperty("kind", out var kind) ? PageKind.Article : kind.GetString() switch
        {
            "article" => PageKind.Article,
            "serviceStandard" => PageKind.ServiceStandard,
            "home" => PageKind.Home,
            _ => null,
        };
}
