using RusToK.Infrastructure.Capabilities.Media;

namespace RusToK.Infrastructure.Tests.Capabilities.Media;

/// <summary>The local-folder store keeps files under its root, whole or not at all.</summary>
public sealed class LocalFolderMediaStorageTests : IDisposable
{
    private const string Key = "0f8fad5bd9cb469fa16570867728950e/7c9e6679742540de944be07fc1f90ae7/original.png";

    private readonly string _root = Directory.CreateTempSubdirectory("rustok-media-").FullName;
    private readonly LocalFolderMediaStorage _storage;

    public LocalFolderMediaStorageTests() => _storage = new LocalFolderMediaStorage(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Saved_file_reads_back_identically()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();

        await _storage.SaveAsync(Key, new MemoryStream(bytes), CancellationToken.None);

        (await ReadAsync(Key)).ShouldBe(bytes);
        (await _storage.ExistsAsync(Key, CancellationToken.None)).ShouldBeTrue();
    }

    [Fact]
    public async Task Saving_again_replaces_the_content_and_leaves_no_temporary_files()
    {
        await _storage.SaveAsync(Key, new MemoryStream([1, 2, 3]), CancellationToken.None);
        await _storage.SaveAsync(Key, new MemoryStream([4, 5]), CancellationToken.None);

        (await ReadAsync(Key)).ShouldBe([4, 5]);
        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ShouldBe(["original.png"]);
    }

    [Fact]
    public async Task A_failed_write_leaves_neither_a_partial_file_nor_the_key()
    {
        await Should.ThrowAsync<IOException>(() => _storage.SaveAsync(Key, new BreaksHalfwayStream(), CancellationToken.None));

        (await _storage.ExistsAsync(Key, CancellationToken.None)).ShouldBeFalse();
        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Missing_keys_read_as_null_and_delete_quietly()
    {
        (await _storage.OpenReadAsync("nobody/nothing/original.jpg", CancellationToken.None)).ShouldBeNull();
        (await _storage.ExistsAsync("nobody/nothing/original.jpg", CancellationToken.None)).ShouldBeFalse();
        await _storage.DeleteAsync("nobody/nothing/original.jpg", CancellationToken.None);
    }

    [Fact]
    public async Task Deleting_a_key_removes_only_that_file()
    {
        await _storage.SaveAsync("t/f/original.jpg", new MemoryStream([1]), CancellationToken.None);
        await _storage.SaveAsync("t/f/thumb.webp", new MemoryStream([2]), CancellationToken.None);

        await _storage.DeleteAsync("t/f/thumb.webp", CancellationToken.None);

        (await _storage.ExistsAsync("t/f/thumb.webp", CancellationToken.None)).ShouldBeFalse();
        (await _storage.ExistsAsync("t/f/original.jpg", CancellationToken.None)).ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_a_prefix_removes_a_file_with_its_variants_and_nothing_else()
    {
        await _storage.SaveAsync("t/f1/original.jpg", new MemoryStream([1]), CancellationToken.None);
        await _storage.SaveAsync("t/f1/thumb.webp", new MemoryStream([2]), CancellationToken.None);
        await _storage.SaveAsync("t/f2/original.jpg", new MemoryStream([3]), CancellationToken.None);

        await _storage.DeletePrefixAsync("t/f1/", CancellationToken.None);

        (await _storage.ExistsAsync("t/f1/original.jpg", CancellationToken.None)).ShouldBeFalse();
        (await _storage.ExistsAsync("t/f1/thumb.webp", CancellationToken.None)).ShouldBeFalse();
        (await ReadAsync("t/f2/original.jpg")).ShouldBe([3]);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("t/../../escape.txt")]
    [InlineData("t/f/..")]
    [InlineData("/etc/passwd")]
    [InlineData("t\\..\\escape.txt")]
    [InlineData("t/f/original\0.jpg")]
    [InlineData("")]
    [InlineData(" ")]
    public async Task Keys_that_climb_out_of_the_root_are_refused(string key)
    {
        await Should.ThrowAsync<ArgumentException>(() => _storage.SaveAsync(key, new MemoryStream([1]), CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => _storage.OpenReadAsync(key, CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => _storage.ExistsAsync(key, CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => _storage.DeleteAsync(key, CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => _storage.DeletePrefixAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_root_given_with_a_trailing_slash_works_the_same()
    {
        var storage = new LocalFolderMediaStorage(_root + Path.DirectorySeparatorChar);

        await storage.SaveAsync(Key, new MemoryStream([7]), CancellationToken.None);

        (await ReadAsync(Key)).ShouldBe([7]);
    }

    private async Task<byte[]?> ReadAsync(string key)
    {
        await using var stream = await _storage.OpenReadAsync(key, CancellationToken.None);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
