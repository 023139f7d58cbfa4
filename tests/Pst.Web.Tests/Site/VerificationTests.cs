using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Site;

/// <summary>The public page a document's QR code opens: what was issued, never to whom.</summary>
public abstract class VerificationTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private Task RegisterAsync(IssuedDocument document) =>
        Factory.Services.InScopeAsync(sp =>
        {
            sp.GetRequiredService<IIssuedDocuments>().Register(document);
            return sp.GetRequiredService<PstDbContext>().SaveChangesAsync();
        });

    [Fact]
    public async Task An_issued_document_is_confirmed_with_its_number_kind_date_amount_and_status()
    {
        await RegisterAsync(new IssuedDocument("INV-2026-00042", IssuedDocumentKind.Invoice, new DateTimeOffset(2026, 3, 17, 2, 30, 0, TimeSpan.Zero), new Rupiah(80_000), IssuedDocumentStatus.Valid, "PST-2026-00042"));
        using var client = Factory.CreateClient();

        var page = await client.GetStringAsync("/verifikasi/INV-2026-00042");

        Assert.Contains("Dokumen ini diterbitkan oleh kantor ini dan masih berlaku.", page, StringComparison.Ordinal);
        Assert.Contains("17 Maret 2026 09.30 WIB", page, StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", page, StringComparison.Ordinal);
        Assert.Contains("PST-2026-00042", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replaced_document_says_so_and_an_unknown_number_is_not_found()
    {
        await RegisterAsync(new IssuedDocument("INV-2026-00043", IssuedDocumentKind.Invoice, DateTimeOffset.UtcNow, new Rupiah(50_000), IssuedDocumentStatus.Valid, "PST-2026-00043"));
        await Factory.Services.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IIssuedDocuments>().SetStatusAsync("INV-2026-00043", IssuedDocumentStatus.Replaced);
            await sp.GetRequiredService<PstDbContext>().SaveChangesAsync();
        });
        using var client = Factory.CreateClient();

        Assert.Contains("tidak berlaku lagi: Diganti.", await client.GetStringAsync("/verifikasi/INV-2026-00043"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/verifikasi/INV-2026-99999")).StatusCode);
    }
}

public sealed class SqliteVerificationTests : VerificationTests<SqliteAppFactory>;

public sealed class PostgreSqlVerificationTests : VerificationTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
