using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>
/// A small list of records kept as JSON text in one column (an entity's translations): read and written with the
/// entity, never queried by their contents, and the same on SQLite and MySQL.
/// </summary>
public static class JsonListColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> AsJsonList<T>(this PropertyBuilder<List<T>> property)
    {
        property.HasConversion(
            list => JsonSerializer.Serialize(list, Options),
            json => string.IsNullOrEmpty(json) ? new List<T>() : JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                list => JsonSerializer.Serialize(list, Options).GetHashCode(StringComparison.Ordinal),
                list => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(list, Options), Options)!));
        // Rows written before a list existed hold "" (what a migration fills a new text column with): read as empty.
        return property.IsRequired();
    }
}
