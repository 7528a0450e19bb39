using System.Text.Json;
using RusToK.Domain.Kernel.Live;

namespace RusToK.Infrastructure.Kernel.Live;

/// <summary>A live message on the wire between nodes; one that does not parse (another version's) is dropped.</summary>
public static class LiveMessageJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(LiveMessage message) => JsonSerializer.Serialize(message, Json);

    public static LiveMessage? Read(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            return JsonSerializer.Deserialize<LiveMessage>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
