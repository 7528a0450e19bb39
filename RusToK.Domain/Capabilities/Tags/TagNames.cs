using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Capabilities.Tags;

/// <summary>Cleans and checks the tag names an editor typed: trimmed, blank ones dropped, duplicates folded.</summary>
public static class TagNames
{
    public const int MaxPerEntity = 20;

    public static IReadOnlyList<string> Normalize(IEnumerable<string>? names) =>
        (names ?? []).Select(n => n.Trim()).Where(n => n.Length > 0)
            .DistinctBy(n => Kernel.Text.Slug.From(n) is { Length: > 0 } s ? s : n.ToLowerInvariant()).ToList();

    public static void Validate(IReadOnlyList<string> names, Validator validator, string field = "tags")
    {
        foreach (var name in names.Where(n => n.Length > Tag.MaxNameLength))
        {
            validator.Add(field, $"Tag \"{name[..20]}…\" is too long: a tag has at most {Tag.MaxNameLength} characters.");
        }

        validator.Must(names.Count <= MaxPerEntity, field, $"Use at most {MaxPerEntity} tags.");
    }
}
