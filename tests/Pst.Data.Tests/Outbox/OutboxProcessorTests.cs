using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Pst.Data.Mail;
using Pst.Data.Outbox;

namespace Pst.Data.Tests.Outbox;

public sealed class OutboxProcessorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private readonly FlakyTransport _transport = new();
    private TestSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await TestSite.StartAsync([], services =>
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IMailTransport>(_transport);
    });

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private Task<int> ProcessAsync() => _site.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessDueAsync());

    [Fact]
    public async Task A_failed_send_is_retried_after_the_back_off_and_sent_once()
    {
        await _site.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAndSaveAsync("budi@example.org", "Konfirmasi", "<p>Halo</p>"));
        _transport.FailuresLeft = 1;

        Assert.Equal(0, await ProcessAsync());
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await ProcessAsync()); // still backing off: nothing is tried
        Assert.Equal(1, _transport.Attempts);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await ProcessAsync());
        Assert.Equal(0, await ProcessAsync()); // sent messages are never sent again

        var sent = Assert.Single(_transport.Sent);
        Assert.Equal(("budi@example.org", "Konfirmasi"), (sent.To.Mailboxes.Single().Address, sent.Subject));
        await _site.InScopeAsync(async sp =>
        {
            var message = await sp.GetRequiredService<PstDbContext>().OutboxMessages.SingleAsync();
            Assert.Equal((1, _clock.GetUtcNow()), (message.Attempts, message.SentAt!.Value));
        });
    }

    [Fact]
    public async Task A_message_leased_by_another_node_is_left_alone()
    {
        await _site.InScopeAsync(sp => sp.GetRequiredService<EmailOutbox>().EnqueueAndSaveAsync("ani@example.org", "Invoice", "<p>Invoice</p>"));
        await _site.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().OutboxMessages
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, _clock.GetUtcNow().AddMinutes(1))));

        Assert.Equal(0, await ProcessAsync());
        _clock.Advance(TimeSpan.FromMinutes(2)); // the other node died: its lease runs out
        Assert.Equal(1, await ProcessAsync());
    }

    [Fact]
    public async Task The_pickup_directory_transport_writes_a_readable_eml_file()
    {
        var directory = Path.Combine(_site.MailDirectory, "pickup");
        var message = new MimeMessage { Subject = "Aktivasi akun" };
        message.From.Add(MailboxAddress.Parse("noreply@localhost"));
        message.To.Add(MailboxAddress.Parse("budi@example.org"));
        message.Body = new TextPart("plain") { Text = "Klik tautan berikut." };

        await new PickupDirectoryTransport(directory).SendAsync(message, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(directory));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var read = await MimeMessage.LoadAsync(file);
        Assert.Equal(("Aktivasi akun", "Klik tautan berikut."), (read.Subject, read.TextBody?.Trim()));
    }

    private sealed class FlakyTransport : IMailTransport
    {
        public int FailuresLeft { get; set; }

        public int Attempts { get; private set; }

        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Attempts++;
            if (FailuresLeft-- > 0)
            {
                throw new IOException("The mail server is down.");
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
