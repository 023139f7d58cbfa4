using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pst.Core.Modules;
using Pst.Core.Security;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Localization;

/// <summary>
/// Every text the site shows has an Indonesian translation: the keys used in the pages and page models of the host
/// and the themes are read from the source and looked up in the Indonesian resource files, and the texts the
/// host's modules declare (names, permissions, menu entries) are looked up through the running site.
/// </summary>
public sealed partial class TranslationCoverageTests
{
    private static readonly string Root = Infrastructure.SourceTree.Root;

    /// <summary>The host, the core and the themes share two resources; each module has its own, beside its code.</summary>
    public static TheoryData<string> Parts() => new(Directory.GetDirectories(Path.Combine(Root, "modules")).Select(d => "modules/" + Path.GetFileName(d)).Prepend("host"));

    [Theory]
    [MemberData(nameof(Parts))]
    public void Every_text_used_has_an_Indonesian_translation(string part)
    {
        var (folders, resources) = part == "host"
            ? (new[] { "src/Pst.Web", "src/Pst.Core", "themes" }, new[] { "src/Pst.Web/Localization/SharedResource.id.resx", "themes/Pst.Themes.Jateng/ThemeText.id.resx" })
            : (new[] { part }, Directory.GetFiles(Path.Combine(Root, part), "*.id.resx", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).ToArray());
        var translated = resources.SelectMany(Keys).ToHashSet(StringComparer.Ordinal);
        var used = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => UsedKeys(File.ReadAllText(f)).Select(k => (File: Path.GetRelativePath(Root, f), Key: k)))
            .ToList();

        var missing = used.Where(u => !translated.Contains(u.Key)).Select(u => $"{u.File}: \"{u.Key}\"").Distinct().ToList();
        Assert.True(missing.Count == 0, "Not translated into Indonesian:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Every_module_name_permission_and_menu_entry_has_an_Indonesian_translation()
    {
        await using var factory = await PstAppFactory.CreateAsync<SqliteAppFactory>();
        using var scope = factory.Services.CreateScope();
        var graph = scope.ServiceProvider.GetRequiredService<ModuleGraph>();
        var localizers = scope.ServiceProvider.GetRequiredService<IStringLocalizerFactory>();
        var missing = new List<string>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("id");
        try
        {
            // Every module of the product; the test host's own modules are left out.
            foreach (var module in graph.Ordered.Where(m => !m.GetType().Assembly.GetName().Name!.StartsWith("Pst.TestModules", StringComparison.Ordinal)))
            {
                var text = localizers.Create(module.TextResource);
                var keys = new[] { module.Manifest.DisplayName, module.Manifest.Category, module.Manifest.Description }
                    .Concat(module.Permissions.Select(p => p.Description))
                    .Concat(module.Navigation.Select(n => n.Text));
                missing.AddRange(keys.Where(k => text[k].ResourceNotFound).Select(k => $"{module.Manifest.Id}: \"{k}\""));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.True(missing.Count == 0, "Not translated into Indonesian:\n" + string.Join("\n", missing));
    }

    /// <summary>Keys passed to a localizer (<c>L[…]</c>, <c>T[…]</c>, <c>localizer[…]</c>), to the validation and display attributes, to the account mails, to Identity's errors and to refused module changes.</summary>
    private static IEnumerable<string> UsedKeys(string source) =>
        LocalizerCall().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(AttributeText().Matches(source).Select(m => m.Groups[1].Value))
            .Concat(LinkMail().Matches(source).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }))
            .Concat(DescribedError().Matches(source).Select(m => m.Groups[1].Value))
            .Concat(FeatureRefusal().Matches(source).Select(m => m.Groups[1].Value))
            .Select(k => Regex.Unescape(k));

    private static IEnumerable<string> Keys(string resx) =>
        XDocument.Load(Path.Combine(Root, resx)).Root!.Elements("data").Select(d => d.Attribute("name")!.Value);

    [GeneratedRegex("""\b(?:L|T|localizer)\[\s*"((?:[^"\\]|\\.)+)"(?=\s*[\],])""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex("""\b(?:ErrorMessage|Name) = "((?:[^"\\]|\\.)+)"(?=[,)])""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(""""EnqueueLink\([^,]+,\s*"((?:[^"\\]|\\.)+)",\s*"((?:[^"\\]|\\.)+)"."""")]
    private static partial Regex LinkMail();

    [GeneratedRegex(""""\bError\(nameof\(\w+\),\s*"((?:[^"\\]|\\.)+)"."""")]
    private static partial Regex DescribedError();

    [GeneratedRegex(""""FeatureChangeRefusedException\(\s*"((?:[^"\\]|\\.)+)"."""")]
    private static partial Regex FeatureRefusal();
}
