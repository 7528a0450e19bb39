namespace RusToK.Components.Kernel.Shared;

/// <summary>A piece of a translated feed or inbox sentence: plain text, the person ({0}) or the subject ({1}).</summary>
public sealed record SentencePart(string Text, SentencePartKind Kind)
{
    /// <summary>Cuts "{0} published “{1}”" (as translated) around its two holes, so each can be marked up on its own.</summary>
    public static IReadOnlyList<SentencePart> Of(string template, string person, string subject)
    {
        var parts = new List<SentencePart>();
        var rest = template;
        while (rest.Length > 0)
        {
            var person0 = rest.IndexOf("{0}", StringComparison.Ordinal);
            var subject1 = rest.IndexOf("{1}", StringComparison.Ordinal);
            var next = person0 < 0 ? subject1 : subject1 < 0 ? person0 : Math.Min(person0, subject1);
            if (next < 0)
            {
                parts.Add(new(rest, SentencePartKind.Text));
                break;
            }

            if (next > 0) parts.Add(new(rest[..next], SentencePartKind.Text));
            parts.Add(next == person0 ? new(person, SentencePartKind.Person) : new(subject, SentencePartKind.Subject));
            rest = rest[(next + 3)..];
        }

        return parts;
    }
}
