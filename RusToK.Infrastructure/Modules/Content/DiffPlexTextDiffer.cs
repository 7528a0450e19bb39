using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Infrastructure.Modules.Content;

/// <summary>Line-by-line side-by-side comparison with DiffPlex.</summary>
public sealed class DiffPlexTextDiffer : ITextDiffer
{
    public SideBySideDiff SideBySide(string before, string after)
    {
        var model = SideBySideDiffBuilder.Diff(before ?? "", after ?? "");
        return new SideBySideDiff(model.OldText.Lines.Select(ToLine).ToList(), model.NewText.Lines.Select(ToLine).ToList());
    }

    private static DiffLine ToLine(DiffPiece piece) => new(piece.Position, piece.Text, piece.Type switch
    {
        ChangeType.Inserted => DiffChange.Inserted,
        ChangeType.Deleted => DiffChange.Deleted,
        ChangeType.Modified => DiffChange.Modified,
        ChangeType.Imaginary => DiffChange.Imaginary,
        _ => DiffChange.Unchanged,
    });
}
