namespace RusToK.Domain.Modules.Content.Revisions;

/// <summary>Compares two texts line by line (implemented with DiffPlex in Infrastructure).</summary>
public interface ITextDiffer
{
    SideBySideDiff SideBySide(string before, string after);
}
