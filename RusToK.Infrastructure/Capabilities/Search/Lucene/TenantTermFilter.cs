using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// Puts the tenant's prefix (<see cref="LuceneFields.TermPrefix"/>) before every word a document's analysed fields
/// yield, so each tenant has terms and postings of its own: a word's postings hold only that tenant's documents, and
/// typo and beginning expansions only ever walk its own words.
/// </summary>
public sealed class TenantTermFilter : TokenFilter
{
    private readonly string _prefix;
    private readonly ICharTermAttribute _term;

    public TenantTermFilter(TokenStream input, string prefix)
        : base(input)
    {
        _prefix = prefix;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        var buffer = _term.ResizeBuffer(_prefix.Length + length);
        Array.Copy(buffer, 0, buffer, _prefix.Length, length);
        _prefix.CopyTo(0, buffer, 0, _prefix.Length);
        _term.SetLength(_prefix.Length + length);
        return true;
    }
}
