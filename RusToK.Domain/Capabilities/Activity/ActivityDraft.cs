using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>
/// What a module says about one of its events for the feed: the sentence (an English template, "{0}" the person and
/// "{1}" the <see cref="Subject"/>), who may see it, and where the admin opens the entity.
/// </summary>
public sealed record ActivityDraft(string Module, EntityRef Entity, string Sentence, string Subject, string Permission)
{
    public string? Path { get; init; }

    /// <summary>Who to name when nobody signed in caused the event (a scheduled publication names the author).</summary>
    public Guid? FallbackActorId { get; init; }
}
