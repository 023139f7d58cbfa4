using System.Text.RegularExpressions;
using Pst.Core.Files;

namespace Pst.Data.Files;

/// <summary>
/// Files in a local folder: <c>{root}/{yyyy}/{MM}/{id}</c>, written first under <c>{root}/tmp</c> and moved into
/// place. Ids are made here (a GUID and a checked extension), and an id of any other shape is never turned into a path.
/// </summary>
internal sealed partial class LocalFileStore(FileStoreOptions options, TimeProvider clock) : IFileStore
{
    public async Task<StoredFile> SaveAsync(Stream content, string extension, string contentType, CancellationToken cancellationToken = default)
    {
        if (!ExtensionPattern().IsMatch(extension))
        {
            throw new ArgumentException($"'{extension}' is not an extension the store accepts.", nameof(extension));
        }

        var now = clock.GetUtcNow();
        var id = $"{now:yyyy}-{now:MM}-{Guid.NewGuid():N}{extension}";
        var temporary = Path.Combine(Directory.CreateDirectory(Path.Combine(options.Root, "tmp")).FullName, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            long length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                length = file.Length;
            }

            var target = PathOf(id)!;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target);
            return new StoredFile(id, length, contentType);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(PathOf(id) is { } path && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (PathOf(id) is { } path)
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public Task<long?> LengthAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(PathOf(id) is { } path && File.Exists(path) ? new FileInfo(path).Length : (long?)null);

    /// <summary>The path of a well-formed id; null for anything else (so "../x" never reaches the file system).</summary>
    private string? PathOf(string id)
    {
        var match = IdPattern().Match(id);
        return match.Success ? Path.Combine(Path.GetFullPath(options.Root), match.Groups[1].Value, match.Groups[2].Value, id) : null;
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-[0-9a-f]{32}\.[a-z0-9]{1,8}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\.[a-z0-9]{1,8}$")]
    private static partial Regex ExtensionPattern();
}
