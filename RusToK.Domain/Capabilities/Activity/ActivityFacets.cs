using RusToK.Domain.Kernel.Identity;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>What the feed's filters offer: the modules that wrote entries and the people who caused them.</summary>
public sealed record ActivityFacets(IReadOnlyList<string> Modules, IReadOnlyList<PersonProfile> People);
