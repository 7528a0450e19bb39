namespace RusToK.Domain.Capabilities.Media;

/// <summary>Where file bytes live (a local folder by default). Keys look like <c>{tenant:N}/{file:N}/original.jpg</c> and may not climb out.</summary>
public interface IMediaStorage
{
    /// <summary>Writes the content under the key, replacing what was there; readers never see half a file.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>Opens the content for reading; null when the key does not exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    /// <summary>Removes the file under the key; a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken ct);

    /// <summary>Whether a file exists under the key.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken ct);

    /// <summary>Removes every file whose key starts with the prefix (a file and its variants).</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken ct);
}
