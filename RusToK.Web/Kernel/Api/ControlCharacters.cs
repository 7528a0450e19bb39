using System.Buffers;
using System.Collections;
using System.Reflection;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Finds control characters (NUL, ESC, DEL, C1 codes) in request values, so none is stored in a title, a slug or a
/// body; tab, line feed and carriage return are ordinary text in multi-line fields and allowed everywhere.
/// </summary>
public static class ControlCharacters
{
    public const string Message = "Remove control characters (such as NUL); only tab and line breaks are allowed in text.";

    private const int MaxDepth = 6;

    private static readonly SearchValues<char> Refused = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToArray());

    public static bool In(ReadOnlySpan<char> text) => text.ContainsAny(Refused);

    /// <summary>The JSON paths (<c>title</c>, <c>tags[2]</c>, <c>blocks[0].text</c>) of every string in the value that holds one.</summary>
    public static IEnumerable<string> FieldsIn(object? value, string path) => FieldsIn(value, path, 0);

    /// <summary>Request values worth walking: text, collections, and the request and query types RusToK declares.</summary>
    public static bool IsWalkable(Type type) => type == typeof(string) || typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(byte[])
        || Nullable.GetUnderlyingType(type) is { } inner && IsWalkable(inner)
        || type.Assembly.GetName().Name?.StartsWith("RusToK.", StringComparison.Ordinal) == true && !type.IsInterface && !type.IsAbstract;

    private static IEnumerable<string> FieldsIn(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                if (In(text)) yield return path;
                yield break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key.ToString() ?? "";
                    if (In(key)) yield return $"{path}.{key}";
                    foreach (var field in Deeper(entry.Value, $"{path}.{key}", depth)) yield return field;
                }

                yield break;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var field in Deeper(item, $"{path}[{index}]", depth)) yield return field;
                    index++;
                }

                yield break;
        }

        if (!IsWalkable(value.GetType())) yield break;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead) continue;
            foreach (var field in Deeper(property.GetValue(value), Join(path, RequestValidation.JsonName(property.Name)), depth)) yield return field;
        }
    }

    private static IEnumerable<string> Deeper(object? value, string path, int depth) =>
        depth >= MaxDepth || value is null || value.GetType().IsPrimitive ? [] : FieldsIn(value, path, depth + 1);

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
