namespace FitSaaS.Framework.Application;

/// <summary>
/// Paging and sorting input: <c>?sorting=name desc</c>. Each input type whitelists the sortable
/// fields with <see cref="AllowedSortingAttribute"/>; an unknown field is a 400.
/// </summary>
public class PagedAndSortedResultRequestDto : PagedResultRequestDto
{
    /// <summary>A whitelisted field name, optionally followed by <c>asc</c> or <c>desc</c>; null = the list's default order.</summary>
    public string? Sorting { get; init; }
}
