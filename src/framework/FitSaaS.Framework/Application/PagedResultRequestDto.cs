using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Framework.Application;

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
