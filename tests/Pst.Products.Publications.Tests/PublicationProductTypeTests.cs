using System.Text.Json.Nodes;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Products;
using UglyToad.PdfPig;

namespace Pst.Products.Publications.Tests;

public sealed class PublicationProductTypeTests : IDisposable
{
    private static readonly TariffSchedule Pp13 = new("PP 13/2024", new DateOnly(2024, 1, 1),
    [
        new("I.A", "Publikasi elektronik s.d. 50 halaman", "per 50 halaman", new Rupiah(50_000)),
        new("I.B", "Publikasi elektronik, tambahan per 50 halaman", "per 50 halaman", new Rupiah(15_000)),
    ], Confirmed: false);

    private static readonly TariffSchedule Pp7 = new("PP 7/2015", new DateOnly(2015, 1, 1),
    [
        new("I.A", "Publikasi elektronik s.d. 50 halaman", "per 50 halaman", null),
        new("I.B", "Publikasi elektronik, tambahan per 50 halaman", "per 50 halaman", null),
    ], Confirmed: false);

    private readonly MemoryFileStore _files = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-publication-").FullName;

    private PublicationProductType Type => new(_files);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static CatalogueItem Item(long pages, bool printed = false, string? fileId = null) =>
        new("jtda-2026", PublicationProductType.TypeId, "Jawa Tengah Dalam Angka 2026", new JsonObject
        {
            ["pages"] = pages,
            ["year"] = 2026,
            ["catalogueNumber"] = "1102001.33",
            ["printedCopies"] = printed,
            ["file"] = fileId is null ? null : new JsonObject { ["id"] = fileId },
        });

    private static ProductLine Line(CatalogueItem item, string format = PublicationProductType.Softcopy) =>
        new(item, LineChoices.Of(("format", [format])), new OrderingContext(SalesChannel.Online, CustomerSegment.Student, Domicile.Indonesia, new DateOnly(2026, 3, 2)));

    [Theory]
    [InlineData(1, 50_000, 0)]
    [InlineData(50, 50_000, 0)]
    [InlineData(51, 65_000, 1)]
    [InlineData(100, 65_000, 1)]
    [InlineData(120, 80_000, 2)]
    public void An_electronic_copy_costs_row_I_A_for_the_first_50_pages_and_I_B_for_each_further_50(long pages, long total, long extraBlocks)
    {
        var quote = PublicationProductType.Price(Line(Item(pages)), Pp13);

        Assert.Equal(total, quote.Total.Amount);
        Assert.Equal("PP 13/2024", quote.Regulation);
        Assert.Equal(("I.A", 1m, 50_000L), (quote.Components[0].TariffCode, quote.Components[0].Quantity, quote.Components[0].Amount.Amount));
        if (extraBlocks > 0)
        {
            Assert.Equal(("I.B", (decimal)extraBlocks, 15_000L * extraBlocks), (quote.Components[1].TariffCode, quote.Components[1].Quantity, quote.Components[1].Amount.Amount));
        }
        else
        {
            Assert.Single(quote.Components);
        }
    }

    [Fact]
    public void The_schedule_in_force_on_the_day_prices_the_line_and_an_unfilled_one_refuses()
    {
        var book = new TariffBook([Pp7, Pp13]);
        Assert.Equal(65_000, PublicationProductType.Price(Line(Item(60)), book.InForceOn(new DateOnly(2024, 1, 1))).Total.Amount);
        var refused = Assert.Throws<TariffNotSetException>(() => PublicationProductType.Price(Line(Item(60)), book.InForceOn(new DateOnly(2023, 12, 31))));
        Assert.Equal(("PP 7/2015", "I.A"), (refused.Regulation, refused.Code));
    }

    [Fact]
    public async Task Printed_copies_are_offered_only_where_the_office_sells_them_and_need_their_own_tariff_rows()
    {
        Assert.Equal(["softcopy"], (await Type.DescribeChoicesAsync(Item(60), SalesChannel.Online, default)).Single().Options.Select(o => o.Value));
        Assert.Equal(["softcopy", "printed"], (await Type.DescribeChoicesAsync(Item(60, printed: true), SalesChannel.WalkIn, default)).Single().Options.Select(o => o.Value));

        var refused = Assert.Throws<TariffNotSetException>(() => PublicationProductType.Price(Line(Item(60, printed: true), PublicationProductType.Printed), Pp13));
        Assert.Equal("P.A", refused.Code);
    }

    [Fact]
    public void A_publication_needs_no_document_sample_or_agreement()
    {
        Assert.Equal(ProductRequirements.None, Type.Requirements(Line(Item(10))));
    }

    [Fact]
    public async Task The_delivered_file_is_the_publication_stamped_on_every_page_with_the_buyer_and_the_request()
    {
        var stored = await _files.SaveAsync(new MemoryStream(SamplePdf.Pages(3)), ".pdf", "application/pdf");
        var target = new CollectingTarget();

        await Type.DeliverAsync(new DeliveryContext(Line(Item(3, fileId: stored.Id)), "PST-2026-00042", "Siti Rahayu", target), CancellationToken.None);

        var (name, contentType, content) = Assert.Single(target.Files);
        Assert.Equal(("jtda-2026-PST-2026-00042.pdf", "application/pdf"), (name, contentType));
        using var pdf = PdfDocument.Open(content);
        Assert.Equal(3, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"Jawa Tengah Dalam Angka 2026 halaman {page.Number}", page.Text, StringComparison.Ordinal);
            Assert.Contains("Untuk Siti Rahayu - Permintaan PST-2026-00042 - BPS Provinsi Jawa Tengah", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_name_is_stamped_exactly_as_written_in_Latin_Extended_and_in_other_scripts()
    {
        DebianTools.Require("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk");
        var stored = await _files.SaveAsync(new MemoryStream(SamplePdf.Pages(2)), ".pdf", "application/pdf");
        var target = new CollectingTarget();

        await Type.DeliverAsync(new DeliveryContext(Line(Item(2, fileId: stored.Id)), "PST-2026-00043", "Anna Müller-Łukasiewicz 王小明", target), CancellationToken.None);

        // pdftotext puts a run in another font (the Chinese, drawn in Noto Sans CJK) on a line of its own: compare words.
        // Noto Sans CJK draws 小 and the Kangxi radical ⼩ with one glyph, which the PDF maps back to the radical: NFKC
        // folds it to the character that was printed.
        var pages = DebianTools.PdfText(target.Files.Single().Content).Normalize(System.Text.NormalizationForm.FormKC).Split('\f', StringSplitOptions.RemoveEmptyEntries)
            .Select(page => string.Join(' ', page.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(page => page.Length > 0)
            .ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, page =>
        {
            Assert.Contains("Untuk Anna Müller-Łukasiewicz 王小明 - Permintaan PST-2026-00043", page, StringComparison.Ordinal);
            Assert.Contains("Jawa Tengah Dalam Angka 2026 halaman", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_printed_copy_is_handed_over_at_the_desk_so_nothing_is_delivered_as_a_file()
    {
        var target = new CollectingTarget();
        await Type.DeliverAsync(new DeliveryContext(Line(Item(3, printed: true), PublicationProductType.Printed), "PST-2026-00044", "Budi", target), CancellationToken.None);
        Assert.Empty(target.Files);
    }

    private sealed class CollectingTarget : IDeliveryTarget
    {
        public List<(string Name, string ContentType, byte[] Content)> Files { get; } = [];

        public async Task AddFileAsync(string fileName, string contentType, Stream content, CancellationToken cancellationToken)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            Files.Add((fileName, contentType, copy.ToArray()));
        }
    }

    /// <summary>The file store's contract kept in memory: the delivery reads the publication through it.</summary>
    private sealed class MemoryFileStore : IFileStore
    {
        private readonly Dictionary<string, byte[]> _files = [];

        public async Task<StoredFile> SaveAsync(Stream content, string extension, string contentType, CancellationToken cancellationToken = default)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            var id = Guid.NewGuid().ToString("N") + extension;
            _files[id] = copy.ToArray();
            return new StoredFile(id, copy.Length, contentType);
        }

        public Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default) =>
            Task.FromResult<Stream?>(_files.TryGetValue(id, out var bytes) ? new MemoryStream(bytes) : null);

        public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
        {
            _files.Remove(id);
            return Task.CompletedTask;
        }
    }
}
