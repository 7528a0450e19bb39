namespace RusToK.Domain.Modules.Content;

/// <summary>One thing an analyzer checked, how it went and what to do about it.</summary>
public sealed record AnalysisCheck(string Id, string Label, CheckOutcome Outcome, string Hint);
