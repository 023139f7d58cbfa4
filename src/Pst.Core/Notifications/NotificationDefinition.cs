namespace Pst.Core.Notifications;

/// <summary>A template as written: subject and body in Liquid.</summary>
public sealed record TemplateText(string Subject, string Body);

/// <summary>
/// One e-mail the site sends, declared by the module whose event it is: who gets it, the default text in each
/// language until an administrator changes it, and example values (the values a template may use, as the template
/// screen shows them). The module's texts name it as <c>NotificationEvent.{Key}</c>.
/// </summary>
/// <param name="Key">Unique across the site; the stored templates are keyed by it.</param>
/// <param name="Module">The module type whose localised texts name the event and its audiences.</param>
public sealed record NotificationDefinition(
    string Key,
    Type Module,
    IReadOnlyList<NotificationAudience> To,
    IReadOnlyDictionary<string, TemplateText> Defaults,
    IReadOnlyDictionary<string, object?> Example)
{
    /// <summary>An e-mail with its default text in Indonesian and English, as the modules declare theirs.</summary>
    public static NotificationDefinition Bilingual(string key, Type module, IReadOnlyList<NotificationAudience> to, TemplateText indonesian, TemplateText english, IReadOnlyDictionary<string, object?> example) =>
        new(key, module, to, new Dictionary<string, TemplateText> { ["id"] = indonesian, ["en"] = english }, example);

    /// <summary>The languages every definition brings a default text in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["id", "en"];

    /// <summary>The default text in the language, or the Indonesian one.</summary>
    public TemplateText DefaultIn(string language) => Defaults.TryGetValue(language, out var text) ? text : Defaults["id"];

    /// <summary>The dotted names a template may use (<c>request.number</c>, <c>reason</c>…), from the example values.</summary>
    public IReadOnlyList<string> ValueNames => NamesOf(Example, "").ToList();

    private static IEnumerable<string> NamesOf(IReadOnlyDictionary<string, object?> values, string prefix) =>
        values.SelectMany(v => v.Value is IReadOnlyDictionary<string, object?> inner ? NamesOf(inner, prefix + v.Key + ".") : [prefix + v.Key]);
}
