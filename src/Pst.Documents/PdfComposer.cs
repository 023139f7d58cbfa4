using QRCoder;
using SkiaSharp;

namespace Pst.Documents;

/// <summary>
/// Lays a <see cref="DocumentSpec"/> out on A4 pages and writes the PDF with SkiaSharp. Layout runs first on its own,
/// so the footer can say "page i of n"; the fonts are those of <see cref="DocumentFonts"/>, one per run of characters.
/// </summary>
public static class PdfComposer
{
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Margin = 50;
    private const float ContentWidth = PageWidth - 2 * Margin;
    private const float BodyTop = 130;
    private const float BodyBottom = PageHeight - 60;
    private const float LineGap = 4;
    private const float CellPadding = 4;

    public static byte[] Compose(DocumentSpec spec)
    {
        var pages = Layout(spec.Blocks);
        using var output = new MemoryStream();
        var title = spec.Title.Split('\n');
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = string.Join(" / ", title), Creator = "Pst.Cms", Producer = "Pst.Cms" }))
        {
            for (var number = 1; number <= pages.Count; number++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawLetterhead(canvas, spec.Letterhead);
                if (number == 1)
                {
                    // A bilingual title has its English under it, smaller, in the gap above the body.
                    DrawText(canvas, title[0], Margin, BodyTop - 14, 14, bold: true);
                    if (title.Length > 1)
                    {
                        DrawText(canvas, title[1], Margin, BodyTop + 1, 10, color: Translated);
                    }
                }

                foreach (var draw in pages[number - 1])
                {
                    draw(canvas);
                }

                var footer = spec.FooterNote is null ? spec.PageLabel(number, pages.Count) : $"{spec.FooterNote} · {spec.PageLabel(number, pages.Count)}";
                DrawText(canvas, footer, Margin, PageHeight - 30, 8);
                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    /// <summary>Places every block; returns, per page, the drawing steps at their final positions.</summary>
    private static List<List<Action<SKCanvas>>> Layout(IReadOnlyList<DocumentBlock> blocks)
    {
        var pages = new List<List<Action<SKCanvas>>> { new() };
        var y = BodyTop + 16;

        bool Fits(float height) => y + height <= BodyBottom;

        void NewPage()
        {
            pages.Add([]);
            y = BodyTop;
        }

        void Ensure(float height)
        {
            if (!Fits(height))
            {
                NewPage();
            }
        }

        void Place(float height, Action<SKCanvas, float> draw)
        {
            Ensure(height);
            var top = y;
            pages[^1].Add(canvas => draw(canvas, top));
            y += height;
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    Place(24, (c, top) => DrawText(c, heading.Text, Margin, top + 16, 12, bold: true));
                    break;
                case Paragraph { Translation: true } translation:
                    y -= 4; // close under the text it translates
                    foreach (var line in Wrap(translation.Text, 9, false, ContentWidth))
                    {
                        Place(12, (c, top) => DrawText(c, line, Margin, top + 10, 9, color: Translated));
                    }

                    y += 6;
                    break;
                case Paragraph paragraph:
                    foreach (var line in Wrap(paragraph.Text, 10, false, ContentWidth))
                    {
                        Place(14, (c, top) => DrawText(c, line, Margin, top + 11, 10));
                    }

                    y += 6;
                    break;
                case Facts facts:
                    // The label's first line is bold; a second line (its English) is smaller and grey.
                    static float LabelWidth(string label)
                    {
                        var parts = label.Split('\n');
                        return Math.Max(Measure(parts[0], 10, true), parts.Skip(1).Select(p => Measure(p, 8, false)).DefaultIfEmpty(0).Max());
                    }

                    var labelWidth = facts.Lines.Count == 0 ? 0 : facts.Lines.Max(l => LabelWidth(l.Label)) + 12;
                    foreach (var (label, value) in facts.Lines)
                    {
                        var lines = Wrap(value, 10, false, ContentWidth - labelWidth);
                        var labelLines = label.Split('\n');
                        var height = Math.Max(14 * lines.Count, 14 + 11 * (labelLines.Length - 1));
                        Place(height, (c, top) =>
                        {
                            DrawText(c, labelLines[0], Margin, top + 11, 10, bold: true);
                            for (var i = 1; i < labelLines.Length; i++)
                            {
                                DrawText(c, labelLines[i], Margin, top + 11 + 11 * i, 8, color: Translated);
                            }

                            for (var i = 0; i < lines.Count; i++)
                            {
                                DrawText(c, lines[i], Margin + labelWidth, top + 11 + 14 * i, 10);
                            }
                        });
                    }

                    y += 6;
                    break;
                case Table table:
                    LayoutTable(table, Place, Fits, NewPage);
                    y += 8;
                    break;
                case Signature signature:
                    var single = SignatureLines(signature, ContentWidth * 0.45f);
                    Place(single.Height, (c, top) => single.Draw(c, Margin + ContentWidth * 0.55f, top));
                    break;
                case SignaturePair pair:
                    var first = SignatureLines(pair.First, ContentWidth * 0.45f);
                    var second = SignatureLines(pair.Second, ContentWidth * 0.45f);
                    Place(Math.Max(first.Height, second.Height), (c, top) =>
                    {
                        first.Draw(c, Margin, top);
                        second.Draw(c, Margin + ContentWidth * 0.55f, top);
                    });
                    break;
                case QrCode qr:
                    Place(96, (c, top) =>
                    {
                        DrawQr(c, qr.Payload, Margin, top + 4, 88);
                        var lines = Wrap(qr.Caption, 9, false, ContentWidth - 100);
                        for (var i = 0; i < lines.Count; i++)
                        {
                            DrawText(c, lines[i], Margin + 100, top + 20 + 12 * i, 9);
                        }
                    });
                    break;
            }
        }

        return pages;
    }

    private static void LayoutTable(Table table, Action<float, Action<SKCanvas, float>> place, Func<float, bool> fits, Action newPage)
    {
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => c.Width / total * ContentWidth).ToArray();
        var header = table.Columns.Select(c => c.Title).ToList();

        float RowHeight(IReadOnlyList<string> cells, bool bold) =>
            cells.Select((cell, i) => Wrap(cell, 9, bold, widths[i] - 2 * CellPadding).Count).DefaultIfEmpty(1).Max() * 12 + 2 * CellPadding;

        void Row(IReadOnlyList<string> cells, bool bold, bool lineBelow)
        {
            var height = RowHeight(cells, bold);
            place(height, (c, top) =>
            {
                var x = Margin;
                for (var i = 0; i < cells.Count && i < widths.Length; i++)
                {
                    var lines = Wrap(cells[i], 9, bold, widths[i] - 2 * CellPadding);
                    for (var l = 0; l < lines.Count; l++)
                    {
                        var textX = table.Columns[i].AlignRight ? x + widths[i] - CellPadding - Measure(lines[l], 9, bold) : x + CellPadding;
                        DrawText(c, lines[l], textX, top + CellPadding + 9 + 12 * l, 9, bold);
                    }

                    x += widths[i];
                }

                if (lineBelow)
                {
                    using var paint = new SKPaint { Color = SKColors.Gray, StrokeWidth = 0.5f };
                    c.DrawLine(Margin, top + height, Margin + ContentWidth, top + height, paint);
                }
            });
        }

        // The header never stands alone at the foot of a page.
        if (!fits(RowHeight(header, true) + (table.Rows.Count > 0 ? RowHeight(table.Rows[0], false) : 0)))
        {
            newPage();
        }

        Row(header, true, true);
        foreach (var row in table.Rows)
        {
            // A row that does not fit starts a new page, which repeats the header.
            if (!fits(RowHeight(row, false)))
            {
                newPage();
                Row(header, true, true);
            }

            Row(row, false, true);
        }

        foreach (var row in table.Footer)
        {
            Row(row, true, false);
        }
    }

    private static void DrawLetterhead(SKCanvas canvas, Letterhead letterhead)
    {
        DrawText(canvas, letterhead.OfficeName, Margin, 60, 13, bold: true);
        DrawText(canvas, letterhead.Address, Margin, 76, 9);
        DrawText(canvas, letterhead.Contacts, Margin, 89, 9);
        using var paint = new SKPaint { Color = new SKColor(0, 48, 94), StrokeWidth = 1.5f };
        canvas.DrawLine(Margin, 98, PageWidth - Margin, 98, paint);
    }

    /// <summary>The QR code drawn as one rectangle per dark module, which readers decode reliably.</summary>
    internal static void DrawQr(SKCanvas canvas, string payload, float x, float y, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var cell = size / matrix.Count;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Length; column++)
            {
                if (matrix[row][column])
                {
                    canvas.DrawRect(x + column * cell, y + row * cell, cell, cell, paint);
                }
            }
        }
    }

    /// <summary>A signature's lines wrapped to its column: the place and date and the role above room to sign, the name and identifier below.</summary>
    private static (float Height, Action<SKCanvas, float, float> Draw) SignatureLines(Signature signature, float width)
    {
        var above = (signature.PlaceAndDate.Length == 0 ? [] : Wrap(signature.PlaceAndDate, 10, false, width)).Concat(Wrap(signature.Role, 10, false, width)).ToList();
        var name = Wrap(signature.Name, 10, true, width);
        var below = signature.Identifier is { } identifier ? Wrap(identifier, 10, false, width) : [];
        const float line = 14, room = 50;
        var height = line * (above.Count + name.Count + below.Count) + room + 6;
        return (height, (canvas, x, top) =>
        {
            var y = top + 12;
            foreach (var text in above)
            {
                DrawText(canvas, text, x, y, 10);
                y += line;
            }

            y += room;
            foreach (var text in name)
            {
                DrawText(canvas, text, x, y, 10, bold: true);
                y += line;
            }

            foreach (var text in below)
            {
                DrawText(canvas, text, x, y, 10);
                y += line;
            }
        });
    }

    /// <summary>The grey of translations: lighter than the text, still above WCAG AA contrast on white.</summary>
    private static readonly SKColor Translated = new(84, 84, 84);

    internal static void DrawText(SKCanvas canvas, string text, float x, float baseline, float size, bool bold = false, SKColor? color = null)
    {
        using var paint = new SKPaint { Color = color ?? new SKColor(27, 27, 27), IsAntialias = true };
        foreach (var (typeface, run) in DocumentFonts.Runs(text, bold))
        {
            using var font = PdfFont(typeface, size);
            canvas.DrawText(run, x, baseline, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run);
        }
    }

    internal static float Measure(string text, float size, bool bold) =>
        DocumentFonts.Runs(text, bold).Sum(r =>
        {
            using var font = PdfFont(r.Typeface, size);
            return font.MeasureText(r.Text);
        });

    /// <summary>
    /// A font measured as the PDF measures it: unhinted advances at any fraction of a point. Hinted advances (rounded
    /// to a screen's pixels) drift from the widths the PDF records for the font, and a reader extracting the text
    /// then sees gaps inside words ("DAT A").
    /// </summary>
    private static SKFont PdfFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces where it can.</summary>
    internal static List<string> Wrap(string text, float size, bool bold, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, size, bold) <= width || line.Length == 0)
                {
                    line = candidate;
                }
                else
                {
                    lines.Add(line);
                    line = word;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
