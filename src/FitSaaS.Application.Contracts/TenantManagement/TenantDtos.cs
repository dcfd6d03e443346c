using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.TenantManagement;

/// <summary>A tenant as platform operators see it.</summary>
public sealed class TenantDto
{
    /// <summary>Tenant id.</summary>
    public Guid Id { get; init; }

    /// <summary>Unique lower-case name (sub-domain, <c>__tenant</c> value).</summary>
    public required string Name { get; init; }

    /// <summary>False when deactivated.</summary>
    public bool IsActive { get; init; }

    /// <summary>True when the tenant's data lives in its own database (the connection string itself is never returned).</summary>
    public bool HasOwnDatabase { get; init; }

    /// <summary>Custom domains (lower-case host names) that resolve to the tenant.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }

    /// <summary>The edition (platform tier) the tenant is on; null = none. Manage it at <c>/api/feature-management/tenants/{id}/edition</c>.</summary>
    public Guid? EditionId { get; init; }

    /// <summary>UTC instant the edition ends (a trial); null = no end.</summary>
    public DateTime? EditionEndDateUtc { get; init; }
}

/// <summary>Creates a tenant with its admin user (user name <c>admin</c>).</summary>
public sealed class CreateTenantDto
{
    /// <summary>Unique name: lower-case letters, digits and inner hyphens, at most 64 characters.</summary>
    [Required]
    [StringLength(TenantConsts.MaxNameLength)]
    [RegularExpression(TenantConsts.NamePattern, ErrorMessage = "Use lower-case letters, digits and inner hyphens.")]
    public required string Name { get; init; }

    /// <summary>E-mail of the tenant's admin user.</summary>
    [Required]
    [EmailAddress]
    [StringLength(256)]
    public required string AdminEmail { get; init; }

    /// <summary>Password of the tenant's admin user; checked against the password policy. Never logged, audited or put in events.</summary>
    [Required]
    [StringLength(128, MinimumLength = 6)]
    public required string AdminPassword { get; init; }

    /// <summary>Id of the tenant's edition; wins over <see cref="EditionName"/>. Both null: the configured default edition (<c>Free</c>).</summary>
    public Guid? EditionId { get; init; }

    /// <summary>Name of the tenant's edition, e.g. <c>Studio</c>; an unknown one gives 400 <c>Features:EditionNotFound</c> and creates nothing.</summary>
    [StringLength(64)]
    public string? EditionName { get; init; }
    /// <summary>
    /// Optional PostgreSQL connection string of the tenant's own database (created when missing, migrated and
    /// seeded); null or empty keeps the tenant in the shared database. Only on the PostgreSQL provider (else 422
    /// <c>TenantManagement:OwnDatabaseNotSupported</c>); unparsable or the host database: 400
    /// <c>TenantManagement:InvalidConnectionString</c>; unreachable: 422 <c>TenantManagement:TenantDatabaseUnavailable</c>.
    /// Stored encrypted; never returned, logged or audited. Cannot be changed later.
    /// </summary>
    [StringLength(TenantConsts.MaxConnectionStringLength)]
    public string? ConnectionString { get; init; }
}

/// <summary>Adds a custom domain to a tenant.</summary>
public sealed class AddTenantDomainDto
{
    /// <summary>A DNS host name, e.g. <c>book.zen-yoga.com</c> (no scheme, port or path); stored lower-case. At most 253 characters.</summary>
    [Required]
    [StringLength(TenantConsts.MaxDomainLength)]
    [RegularExpression(TenantConsts.DomainPattern, ErrorMessage = "Use a DNS host name such as book.example.com.")]
    public required string HostName { get; init; }
}

/// <summary>Renames a tenant.</summary>
public sealed class UpdateTenantDto
{
    /// <summary>New unique name.</summary>
    [Required]
    [StringLength(TenantConsts.MaxNameLength)]
    [RegularExpression(TenantConsts.NamePattern, ErrorMessage = "Use lower-case letters, digits and inner hyphens.")]
    public required string Name { get; init; }

    /// <summary>The stamp from <see cref="TenantDto.ConcurrencyStamp"/>; a stale one gives 409 <c>FitSaaS:ConcurrencyConflict</c>. Optional.</summary>
    public string? ConcurrencyStamp { get; init; }
}

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
