using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.TenantManagement;

/// <summary>Tenant list query: <c>?filter=&amp;isActive=&amp;sorting=name desc&amp;skipCount=&amp;maxResultCount=</c>.</summary>
[AllowedSorting("name", "creationTime")]
public sealed class GetTenantListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the name, case-insensitive.</summary>
    [StringLength(TenantConsts.MaxNameLength)]
    public string? Filter { get; init; }

    /// <summary>Only active (true) or inactive (false) tenants; null for both.</summary>
    public bool? IsActive { get; init; }
}
