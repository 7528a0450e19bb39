namespace RusToK.Domain.Modules.Content.Revisions;

/// <summary>One line of one side of a diff; <see cref="Text"/> is null for the blank that keeps both sides aligned.</summary>
public sealed record DiffLine(int? Number, string? Text, DiffChange Change);
