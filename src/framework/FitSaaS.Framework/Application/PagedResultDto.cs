namespace FitSaaS.Framework.Application;

/// <summary>One page of a list: <c>{ "items": [...], "totalCount": n }</c>.</summary>
/// <typeparam name="T">Item DTO type.</typeparam>
public sealed class PagedResultDto<T>
{
    /// <summary>Creates a page.</summary>
    public PagedResultDto(long totalCount, IReadOnlyList<T> items)
    {
        TotalCount = totalCount;
        Items = items;
    }

    /// <summary>The items of this page, in the requested order.</summary>
    public IReadOnlyList<T> Items { get; init; }

    /// <summary>Number of items matching the filter, over all pages.</summary>
    public long TotalCount { get; init; }
}
