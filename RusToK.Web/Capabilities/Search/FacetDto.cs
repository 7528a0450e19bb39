using RusToK.Domain.Capabilities.Search;

namespace RusToK.Web.Capabilities.Search;

/// <summary>A facet (type, tag, category, language) with its values over every hit.</summary>
public sealed record FacetDto(string Name, IReadOnlyList<FacetCount> Values);
