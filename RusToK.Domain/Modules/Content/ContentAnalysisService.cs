using RusToK.Domain.Kernel.Text;
namespace RusToK.Domain.Modules.Content;

/// <summary>Runs every registered <see cref="IContentAnalyzer"/> over the editor's current input.</summary>
public sealed class ContentAnalysisService(IEnumerable<IContentAnalyzer> analyzers, IContentRenderer renderer)
{
    public ContentAnalysis Analyze(ContentInput input)
    {
        var rendered = renderer.Render(input.Body ?? "", input.BodyFormat);
        var checks = analyzers.SelectMany(a => a.Analyze(input, rendered)).ToList();
        if (checks.Count == 0) return new ContentAnalysis(100, checks);
        var points = checks.Sum(c => c.Outcome switch { CheckOutcome.Good => 2, CheckOutcome.Improve => 1, _ => 0 });
        return new ContentAnalysis((int)Math.Round(points * 50.0 / checks.Count), checks);
    }
}
