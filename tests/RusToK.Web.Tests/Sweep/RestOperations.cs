using System.Text.Json;
using System.Text.Json.Nodes;

namespace RusToK.Web.Tests.Sweep;

/// <summary>
/// Malformed requests for every operation of the OpenAPI document: each path and query parameter in turn gets each
/// malformed value (the others a well-formed one), and each operation with a body gets bodies of every wrong kind.
/// </summary>
public static class RestOperations
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static int Count(JsonNode document) => Operations(document).Count();

    public static IEnumerable<SweepRequest> Requests(JsonNode document)
    {
        foreach (var (method, template, operation) in Operations(document))
        {
            var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            var content = operation["requestBody"]?["content"]?.AsObject();
            // Well-formed values everywhere, a body the operation could read: the baseline the malformed ones vary.
            var path = Fill(template, parameters, null, null);
            Func<HttpContent?> body = content is null ? () => null : BodyKinds(document, content).First().Content;
            foreach (var parameter in parameters.Where(p => p["in"]!.GetValue<string>() is "path" or "query"))
            {
                var where = parameter["in"]!.GetValue<string>();
                foreach (var (label, value) in where == "path" ? MalformedValues.InPath : MalformedValues.Text)
                {
                    var name = parameter["name"]!.GetValue<string>();
                    yield return new SweepRequest(method, Fill(template, parameters, name, value), $"{where} {name}={label}", body);
                }
            }

            if (content is null) continue;
            foreach (var (kind, make) in BodyKinds(document, content)) yield return new SweepRequest(method, path, kind, make);
        }
    }

    /// <summary>Each GET operation's address with well-formed values, for the HEAD check.</summary>
    public static IEnumerable<string> GetPaths(JsonNode document) =>
        Operations(document).Where(o => o.Method == "GET").Select(o => Fill(o.Template, o.Operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [], null, null));

    private static IEnumerable<(string Method, string Template, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => Methods.Where(m => p.Value![m] is not null).Select(m => (m.ToUpperInvariant(), p.Key, p.Value![m]!)));

    private static string Fill(string template, List<JsonNode> parameters, string? malformed, string? value)
    {
        var path = template;
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var text = name == malformed ? value! : WellFormed(parameter["schema"]);
            if (parameter["in"]!.GetValue<string>() == "path") path = path.Replace("{" + name + "}", Uri.EscapeDataString(text));
            else if (parameter["in"]!.GetValue<string>() == "query" && name == malformed) query.Add($"{name}={Uri.EscapeDataString(text)}");
        }

        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    // A random id (never a real one: the sweep must not touch the fixture's rows), 1 for numbers, a word otherwise.
    private static string WellFormed(JsonNode? schema)
    {
        var text = schema?.ToJsonString() ?? "";
        return text.Contains("uuid") ? Guid.NewGuid().ToString() : text.Contains("integer") ? "1" : "sweep";
    }

    private static IEnumerable<(string Kind, Func<HttpContent?> Content)> BodyKinds(JsonNode document, JsonObject content)
    {
        if (content.ContainsKey("application/json"))
        {
            var properties = Properties(document, content["application/json"]!["schema"]);
            yield return ("json {}", () => MalformedValues.Json("{}"));
            yield return ("no body", () => null);
            yield return ("empty json", () => MalformedValues.Json(""));
            yield return ("truncated json", () => MalformedValues.Json("{\"title\":"));
            foreach (var json in new[] { "[]", "\"text\"", "2147483648", "null", "[{\"a\":1}]" }) yield return ($"json {json}", () => MalformedValues.Json(json));
            yield return ("text/plain", () => MalformedValues.Plain("{}"));
            yield return ("multipart where json is expected", MalformedValues.Multipart);
            foreach (var (name, type) in properties)
            {
                foreach (var (label, value) in MalformedValues.ForJson(type))
                {
                    yield return ($"json {name}={label}", () => MalformedValues.Json(JsonSerializer.Serialize(new Dictionary<string, object?> { [name] = value })));
                }
            }
        }
        else if (content.ContainsKey("multipart/form-data"))
        {
            yield return ("multipart without a file", MalformedValues.Multipart);
            yield return ("no body", () => null);
            yield return ("json where multipart is expected", () => MalformedValues.Json("{\"file\":\"abc\"}"));
            yield return ("text/plain", () => MalformedValues.Plain("abc"));
        }
    }

    private static IEnumerable<(string Name, string? Type)> Properties(JsonNode document, JsonNode? schema)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference) schema = document["components"]!["schemas"]![reference.Split('/')[^1]];
        foreach (var (name, property) in schema?["properties"]?.AsObject() ?? [])
        {
            yield return (name, TypeOf(property));
        }
    }

    // OpenAPI 3.1 writes "type": "string" or "type": ["null", "string"]; a $ref is an object.
    private static string? TypeOf(JsonNode? property) => property?["type"] switch
    {
        JsonValue single => single.GetValue<string>(),
        JsonArray many => many.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => property?["$ref"] is not null ? "object" : null,
    };
}
