namespace RusToK.Domain.Kernel.Paging;

/// <summary>Which page to read; out-of-range numbers are clamped rather than rejected.</summary>
public sealed record PageRequest(int PageNumber = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;

    public int Number => Math.Max(1, PageNumber);

    public int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    public int Skip => (Number - 1) * Size;
}
