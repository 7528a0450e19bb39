using RusToK.Domain.Kernel.Text;
namespace RusToK.Domain.Modules.Content;

/// <summary>Extension point: a sub-module that looks at an item being edited and gives the editor hints (SEO, readability…).</summary>
public interface IContentAnalyzer
{
    IReadOnlyList<AnalysisCheck> Analyze(ContentInput input, RenderedBody rendered);
}
