using Microsoft.Extensions.Time.Testing;
using Pst.Core.Files;
using Pst.Data.Files;

namespace Pst.Data.Tests.Files;

public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pst-files-").FullName;
    private readonly LocalFileStore _store;

    public LocalFileStoreTests() =>
        _store = new LocalFileStore(new FileStoreOptions { Root = _root }, new FakeTimeProvider(new DateTimeOffset(2026, 3, 17, 3, 0, 0, TimeSpan.Zero)));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_saved_file_gets_an_id_of_the_store_and_reads_back_the_same()
    {
        var content = "%PDF-1.7 abstraksi"u8.ToArray();

        var stored = await _store.SaveAsync(new MemoryStream(content), ".pdf", "application/pdf");

        Assert.Matches("^2026-03-[0-9a-f]{32}\\.pdf$", stored.Id);
        Assert.Equal((content.Length, "application/pdf"), (stored.Length, stored.ContentType));
        await using var read = await _store.OpenAsync(stored.Id);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.True(File.Exists(Path.Combine(_root, "2026", "03", stored.Id)));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "tmp")));
    }

    [Fact]
    public async Task A_failed_write_leaves_no_file_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(new FailingStream(), ".pdf", "application/pdf"));

        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("2026-03-../../x.pdf")]
    [InlineData("2026-03-0123456789abcdef0123456789abcdef.pdf/../../x")]
    [InlineData("")]
    public async Task An_id_the_store_did_not_make_is_never_a_path(string id)
    {
        Assert.Null(await _store.OpenAsync(id));
        await _store.DeleteAsync(id);
    }

    [Fact]
    public async Task A_deleted_file_is_gone()
    {
        var stored = await _store.SaveAsync(new MemoryStream([0x89, 0x50]), ".png", "image/png");
        await _store.DeleteAsync(stored.Id);
        Assert.Null(await _store.OpenAsync(stored.Id));
    }

    /// <summary>A stream whose reading fails half way, as a dropped upload does.</summary>
    private sealed class FailingStream : MemoryStream
    {
        private bool _first = true;

        public FailingStream()
            : base(new byte[100_000])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_first)
            {
                _first = false;
                return base.ReadAsync(buffer, cancellationToken);
            }

            throw new IOException("The connection was closed.");
        }
    }
}
