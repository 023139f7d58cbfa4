using System.Text.Json;
using Pst.Content.Menus;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Core.Recipes;

namespace Pst.Content.Recipes;

/// <summary>
/// Recipe step <c>menus</c>: the main and footer menus per language.
/// <c>{ "name": "menus", "menus": [ { "menu": "main", "language": "id", "items": [ { "text": "Standar Pelayanan",
/// "page": "standar-pelayanan" }, { "text": "Katalog", "url": "/katalog", "children": [ … ] } ] } ] }</c>; <c>page</c> is
/// the key a <c>pages</c> step gave the page. A menu a person has changed since the recipe wrote it is kept, and the run says so.
/// </summary>
public sealed class MenusRecipeStep(SiteMenus menus, PageStore pages) : IRecipeStep
{
    public string Name => "menus";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "menus");
        var seen = new HashSet<(string, string)>();
        foreach (var (menu, path) in validation.ObjectArray(step, "menus", validation.StepPath, "menus", nonEmpty: true))
        {
            validation.OnlyProperties(menu, path, "menu", "language", "items");
            var name = validation.RequiredString(menu, "menu", path);
            if (name is not null && ReadMenu(name) is null)
            {
                validation.Error(RecipeStepValidation.PathOf(path, "menu"), "Expected 'main' or 'footer'.");
            }

            var language = validation.RequiredString(menu, "language", path);
            if (language is not null && ContentLanguage.FromCode(language) is null)
            {
                validation.Error(RecipeStepValidation.PathOf(path, "language"), "Expected 'id' or 'en'.");
            }

            if (name is not null && language is not null && !seen.Add((name, language)))
            {
                validation.Error(path, "The {0} menu in '{1}' is listed twice.", name, language);
            }

            ValidateItems(menu, path, validation, nested: false);
        }
    }

    private static void ValidateItems(JsonElement parent, string path, RecipeStepValidation validation, bool nested)
    {
        foreach (var (item, itemPath) in validation.ObjectArray(parent, nested ? "children" : "items", path, "menu entries", required: !nested))
        {
            validation.OnlyProperties(item, itemPath, nested ? ["text", "page", "url"] : ["text", "page", "url", "children"]);
            validation.RequiredString(item, "text", itemPath);
            var hasPage = item.TryGetProperty("page", out _);
            var hasUrl = item.TryGetProperty("url", out var url);
            var hasChildren = item.TryGetProperty("children", out _);
            if (hasPage == hasUrl && !(hasChildren && !hasPage))
            {
                validation.Error(itemPath, "Give either a page or a url.");
            }

            if (hasUrl && !MenuItem.IsAllowedUrl(url.ValueKind == JsonValueKind.String ? url.GetString() : null))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "url"), "An address starts with / on this site, or with http:// or https://.");
            }

            if (!nested)
            {
                ValidateItems(item, itemPath, validation, nested: true);
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var menu in step.GetProperty("menus").EnumerateArray())
        {
            var path = $"{execution.StepPath}.menus[{index++}]";
            var name = ReadMenu(menu.GetProperty("menu").GetString()!)!.Value;
            var language = ContentLanguage.FromCode(menu.GetProperty("language").GetString()!)!.Value;
            if (await menus.RecordAsync(name, language, cancellationToken) is { } record && record.ChangedBy != Page.RecipeEditor)
            {
                execution.Note(path, "The {0} menu in '{1}' was changed by an editor; it is kept and the recipe's menu is not applied.", menu.GetProperty("menu").GetString()!, menu.GetProperty("language").GetString()!);
                continue;
            }

            var entries = new List<MenuItemInput>();
            var itemIndex = 0;
            foreach (var item in menu.GetProperty("items").EnumerateArray())
            {
                var parent = entries.Count;
                entries.Add(await EntryAsync(item, language, null, $"{path}.items[{itemIndex++}]", execution, cancellationToken));
                if (item.TryGetProperty("children", out var children))
                {
                    var childIndex = 0;
                    foreach (var child in children.EnumerateArray())
                    {
                        entries.Add(await EntryAsync(child, language, parent, $"{path}.items[{itemIndex - 1}].children[{childIndex++}]", execution, cancellationToken));
                    }
                }
            }

            try
            {
                await menus.ReplaceAsync(name, language, entries, Page.RecipeEditor, cancellationToken);
            }
            catch (ContentRefusedException refused)
            {
                throw new RecipeRejectedException([new RecipeError(execution.File, execution.Step, path, refused.MessageKey, [.. refused.Arguments])]);
            }
        }
    }

    private async Task<MenuItemInput> EntryAsync(JsonElement item, PageLanguage language, int? parent, string path, RecipeExecution execution, CancellationToken cancellationToken)
    {
        Guid? pageId = null;
        if (item.TryGetProperty("page", out var key))
        {
            pageId = (await pages.FindByRecipeKeyAsync(key.GetString() ?? "", language, cancellationToken))?.Id
                ?? throw new RecipeRejectedException([new RecipeError(execution.File, execution.Step, path + ".page", "No page has the key '{0}' in this language; a pages step before this one makes it.", key.ToString())]);
        }

        return new MenuItemInput(item.GetProperty("text").GetString(), pageId, item.TryGetProperty("url", out var url) ? url.GetString() : null, parent);
    }

    private static MenuName? ReadMenu(string name) => name switch
    {
        "main" => MenuName.Main,
        "footer" => MenuName.Footer,
        _ => null,
    };
}
