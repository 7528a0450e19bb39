namespace RusToK.Domain.Kernel.Paging;

/// <summary>Which page to read; out-of-range numbers are clamped rather than rejected.</summary>
public sealed record PageRequest(int PageNumber = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;

    /// <summary>The highest page whose offset still fits in an int at the largest page size (a larger one would overflow Skip).</summary>
    public const int MaxPageNumber = int.MaxValue / MaxPageSize;

    public int Number => Math.Clamp(PageNumber, 1, MaxPageNumber);

    public int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    public int Skip => (Number - 1) * Size;
}
