namespace RusToK.Infrastructure.Kernel.Configuration;

/// <summary>Where the platform keeps its files: <c>RUSTOK_DATA_DIR</c>, or <c>App_Data</c> beside the app.</summary>
public sealed class RusToKPaths(string dataDirectory)
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string Keys => Ensure(Path.Combine(DataDirectory, "keys"));

    /// <summary>The media library's files (local-folder storage).</summary>
    public string Media => Ensure(Path.Combine(DataDirectory, "media"));

    public string SqliteConnectionString => $"Data Source={Path.Combine(Ensure(DataDirectory), "rustok.db")}";

    private static string Ensure(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
