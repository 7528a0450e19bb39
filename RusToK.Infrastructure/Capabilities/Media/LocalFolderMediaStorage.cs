using RusToK.Domain.Capabilities.Media;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>Files under a folder of the data directory. Writes go to a temporary file first, so a reader never sees half a file.</summary>
public sealed class LocalFolderMediaStorage(string rootPath) : IMediaStorage
{
    private readonly string _root = Path.GetFullPath(rootPath);

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part-" + Guid.NewGuid().ToString("N");
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, ct);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeletePrefixAsync(string prefix, CancellationToken ct)
    {
        var folder = PathOf(prefix.TrimEnd('/'));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    // Keys are relative, forward-slashed and may not climb out of the root.
    private string PathOf(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Contains('\\') || key.Contains("..") || Path.IsPathRooted(key)) throw new ArgumentException($"Invalid storage key '{key}'.", nameof(key));
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new ArgumentException($"Invalid storage key '{key}'.", nameof(key));
        return path;
    }
}
