namespace RusToK.Domain.Kernel.Paging;

/// <summary>One page of a list, with the total so a UI can show "1–20 of 135".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasNext => PageNumber < TotalPages;
}
