namespace RusToK.Domain.Modules.Content;

/// <summary>Every analyzer's checks and a 0–100 score (good counts fully, "improve" half).</summary>
public sealed record ContentAnalysis(int Score, IReadOnlyList<AnalysisCheck> Checks);
