using System.Collections;

namespace RusToK.Web.Kernel.Operations;

/// <summary>A paged answer: REST sends the page, GraphQL the items (page and pageSize are its arguments).</summary>
public interface IPageOfItems
{
    IEnumerable Items { get; }
}
