using System.ComponentModel.DataAnnotations;

namespace FitSaaS.TenantManagement;

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

    /// <summary>Name of the tenant's edition, e.g. <c>Studio</c>; an unknown one gives <c>Features:EditionNotFound</c> and creates nothing.</summary>
    [StringLength(64)]
    public string? EditionName { get; init; }
    /// <summary>
    /// Optional PostgreSQL connection string of the tenant's own database (created when missing, migrated and
    /// seeded); null or empty keeps the tenant in the shared database. Only on the PostgreSQL provider (else
    /// <c>TenantManagement:OwnDatabaseNotSupported</c>); unparsable or the host database:
    /// <c>TenantManagement:InvalidConnectionString</c>; unreachable: <c>TenantManagement:TenantDatabaseUnavailable</c>.
    /// Stored encrypted; never returned, logged or audited. Cannot be changed later.
    /// </summary>
    [StringLength(TenantConsts.MaxConnectionStringLength)]
    public string? ConnectionString { get; init; }
}
