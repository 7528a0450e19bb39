using System.Text.Json;
using System.Text.Json.Nodes;

namespace RusToK.Web.Tests.Sweep;

/// <summary>
/// Malformed calls of every query and mutation field the schema's introspection lists: each argument in turn gets
/// each malformed literal and a variable of the wrong JSON type; required arguments not under test get a well-formed value.
/// </summary>
public static class GraphQLFields
{
    public const string Introspection = """
        { __schema { queryType { name } mutationType { name }
          types { name kind fields { name type { ...T } args { name type { ...T } } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    private static readonly (string Label, string Literal)[] Literals =
    [
        ("word", "\"abc\""),
        ("int-overflow", "2147483648"),
        ("negative", "-1"),
        ("long-overflow", "9999999999999999999"),
        ("huge", $"\"{MalformedValues.Huge}\""),
        ("nul", "\"a\\u0000b\""),
        ("object", "{ a: 1 }"),
    ];

    private static readonly (string Label, object Value)[] Variables = [("object", new { a = 1 }), ("nul", "a\u0000b"), ("int-overflow", 2147483648L)];

    public static IEnumerable<(string Operation, JsonNode Field)> Fields(JsonNode schema)
    {
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        foreach (var (operation, root) in new[] { ("query", schema["queryType"]), ("mutation", schema["mutationType"]) })
        {
            if (root?["name"]?.GetValue<string>() is not { } name) continue;
            foreach (var field in types[name]["fields"]!.AsArray()) yield return (operation, field!);
        }
    }

    public static IEnumerable<SweepRequest> Requests(string operation, JsonNode field)
    {
        var name = field["name"]!.GetValue<string>();
        var args = field["args"]!.AsArray().Select(a => a!).ToList();
        var selection = Named(field["type"]!)["kind"]!.GetValue<string>() is "OBJECT" or "INTERFACE" or "UNION" ? " { __typename }" : "";
        string Call(string? malformed, string literal) => $"{operation} {{ {name}{Arguments(args, malformed, literal)}{selection} }}";
        SweepRequest Request(string kind, string query, object? variables = null) =>
            new("POST", "/graphql", kind, () => MalformedValues.Json(JsonSerializer.Serialize(new { query, variables }))) { IsMutation = operation == "mutation" };

        if (args.Any(Required)) yield return Request($"{name} without its required arguments", $"{operation} {{ {name}{selection} }}");
        foreach (var arg in args)
        {
            var argName = arg["name"]!.GetValue<string>();
            // A word is a well-formed String (a title): sending it would create rows, not test a refusal.
            foreach (var (label, literal) in Literals.Where(l => l.Label != "word" || Named(arg["type"]!)["name"]?.GetValue<string>() != "String"))
            {
                yield return Request($"{name}({argName}: {label})", Call(argName, literal));
            }

            var declared = TypeText(arg["type"]!);
            var others = Arguments(args.Where(a => a != arg).ToList(), null, "");
            var call = others.Length == 0 ? $"({argName}: $v)" : $"({argName}: $v, {others[1..]}";
            foreach (var (label, value) in Variables)
            {
                yield return Request($"{name}({argName}: ${label})", $"{operation}($v: {declared}) {{ {name}{call}{selection} }}", new { v = value });
            }
        }
    }

    private static string Arguments(List<JsonNode> args, string? malformed, string literal)
    {
        var parts = args.Select(a => (Name: a["name"]!.GetValue<string>(), Arg: a))
            .Where(a => a.Name == malformed || Required(a.Arg))
            .Select(a => $"{a.Name}: {(a.Name == malformed ? literal : WellFormed(a.Arg["type"]!))}")
            .ToList();
        return parts.Count == 0 ? "" : $"({string.Join(", ", parts)})";
    }

    private static bool Required(JsonNode arg) => arg["type"]!["kind"]!.GetValue<string>() == "NON_NULL";

    // Never a real row: a random id, and text a use case refuses or finds nothing for.
    private static string WellFormed(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => WellFormed(type["ofType"]!),
        "LIST" => "[]",
        "INPUT_OBJECT" => "{}",
        "ENUM" => "SWEEP",
        _ => type["name"]!.GetValue<string>() switch
        {
            "ID" => $"\"{Guid.NewGuid()}\"",
            "Int" or "Float" => "1",
            "Boolean" => "false",
            "DateTime" => "\"2026-01-01T00:00:00Z\"",
            _ => "\"\"",
        },
    };

    private static JsonNode Named(JsonNode type) => type["ofType"] is { } inner && type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST" ? Named(inner) : type;

    private static string TypeText(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => TypeText(type["ofType"]!) + "!",
        "LIST" => $"[{TypeText(type["ofType"]!)}]",
        _ => type["name"]!.GetValue<string>(),
    };
}
