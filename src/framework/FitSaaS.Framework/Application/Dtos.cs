using System.ComponentModel.DataAnnotations;

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

/// <summary>Paging input: <c>?skipCount=&amp;maxResultCount=</c>.</summary>
public class PagedResultRequestDto
{
    /// <summary>Upper bound of <see cref="MaxResultCount"/>.</summary>
    public const int MaxMaxResultCount = 1000;

    /// <summary>Items to skip; default 0, never negative.</summary>
    [Range(0, int.MaxValue)]
    public int SkipCount { get; init; }

    /// <summary>Page size; default 10, between 1 and 1000.</summary>
    [Range(1, MaxMaxResultCount)]
    public int MaxResultCount { get; init; } = 10;
}

/// <summary>
/// Paging and sorting input: <c>?sorting=name desc</c>. Each input type whitelists the sortable
/// fields with <see cref="AllowedSortingAttribute"/>; an unknown field is a 400.
/// </summary>
public class PagedAndSortedResultRequestDto : PagedResultRequestDto
{
    /// <summary>A whitelisted field name, optionally followed by <c>asc</c> or <c>desc</c>; null = the list's default order.</summary>
    public string? Sorting { get; init; }
}
