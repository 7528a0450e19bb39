using RusToK.Domain.Capabilities.Media;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>Files under a folder of the data directory. Writes go to a temporary file first, so a reader never sees half a file.</summary>
public sealed class LocalFolderMediaStorage(string rootPath) : IMediaStorage
{
    // Without trimming, a root given as "/data/media/" would make every key look like an escape.
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part-" + Guid.NewGuid().ToString("N");
        try
        {
            await using (var file = File.Create(temporary))
            {
                await content.CopyToAsync(file, ct);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            // A cancelled or failed copy must not leave a stray partial file behind.
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        try
        {
            return Task.FromResult<Stream?>(File.OpenRead(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Checking first and opening second would race with a concurrent delete.
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeletePrefixAsync(string prefix, CancellationToken ct)
    {
        var folder = PathOf(prefix.TrimEnd('/'));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    // Keys are relative, forward-slashed and may not climb out of the root.
    private string PathOf(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Contains('\\') || key.Contains("..") || key.Any(char.IsControl) || Path.IsPathRooted(key))
        {
            throw new ArgumentException($"Invalid storage key '{key}'.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new ArgumentException($"Invalid storage key '{key}'.", nameof(key));
        return path;
    }
}
