using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace Pst.Documents;

/// <summary>
/// The fonts documents are drawn in. The Latin subset of Noto Sans embedded in this assembly draws every Latin name
/// on any install (Latin Extended and Vietnamese included: "Łukasiewicz", "Nguyễn"); a character it lacks (a name in
/// Chinese, Arabic, Greek or Cyrillic, a rare sign) is drawn in the
/// first installed font that has it: Debian's Noto fonts (fonts-noto-core, fonts-noto-cjk), then DejaVu. A character
/// no font has is drawn in the embedded font (a box), never silently dropped from the run.
/// </summary>
internal static class DocumentFonts
{
    /// <summary>Fallback font files in the order they are tried, with the face index in a collection.</summary>
    private static readonly (string Regular, string Bold, int Index)[] Fallbacks =
    [
        ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", 0),
        ("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf", 0),
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2), // Simplified Chinese
        ("/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf", 0),
        ("/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansSymbols-Bold.ttf", 0),
        ("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf", 0),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0),
    ];

    private static readonly Lazy<IReadOnlyList<SKTypeface>> RegularChain = new(() => Chain(bold: false));
    private static readonly Lazy<IReadOnlyList<SKTypeface>> BoldChain = new(() => Chain(bold: true));

    /// <summary>Which typeface has which character, learnt once: text is measured word by word while laying out.</summary>
    private static readonly ConcurrentDictionary<(IntPtr Typeface, int Character), bool> Coverage = new();

    /// <summary>The text cut into runs, each with the typeface that draws all of it.</summary>
    public static IReadOnlyList<(SKTypeface Typeface, string Text)> Runs(string text, bool bold)
    {
        var chain = (bold ? BoldChain : RegularChain).Value;
        var runs = new List<(SKTypeface, string)>();
        var current = chain[0];
        var run = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            // Spaces and marks stay with the run they are in; anything else goes to the first font that has it.
            var typeface = Rune.IsWhiteSpace(rune) || HasGlyph(current, rune) ? current : chain.FirstOrDefault(t => HasGlyph(t, rune)) ?? chain[0];
            if (typeface != current && run.Length > 0)
            {
                runs.Add((current, run.ToString()));
                run.Clear();
            }

            current = typeface;
            run.Append(rune.ToString());
        }

        if (run.Length > 0)
        {
            runs.Add((current, run.ToString()));
        }

        return runs;
    }

    private static bool HasGlyph(SKTypeface typeface, Rune rune) =>
        Coverage.GetOrAdd((typeface.Handle, rune.Value), key =>
        {
            using var font = new SKFont(typeface);
            return font.GetGlyph(key.Character) != 0;
        });

    private static IReadOnlyList<SKTypeface> Chain(bool bold)
    {
        var chain = new List<SKTypeface> { Embedded(bold ? "Pst.Documents.NotoSans-Bold.ttf" : "Pst.Documents.NotoSans-Regular.ttf") };
        foreach (var (regular, boldFile, index) in Fallbacks)
        {
            var path = bold ? boldFile : regular;
            if (File.Exists(path) && SKTypeface.FromFile(path, index) is { } typeface)
            {
                chain.Add(typeface);
            }
        }

        return chain;
    }

    private static SKTypeface Embedded(string resource)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {resource} is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {resource} cannot be read.");
    }
}
