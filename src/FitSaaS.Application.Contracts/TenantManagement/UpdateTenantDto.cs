using System.ComponentModel.DataAnnotations;

namespace FitSaaS.TenantManagement;

/// <summary>Renames a tenant.</summary>
public sealed class UpdateTenantDto
{
    /// <summary>New unique name.</summary>
    [Required]
    [StringLength(TenantConsts.MaxNameLength)]
    [RegularExpression(TenantConsts.NamePattern, ErrorMessage = "Use lower-case letters, digits and inner hyphens.")]
    public required string Name { get; init; }

    /// <summary>The stamp from <see cref="TenantDto.ConcurrencyStamp"/>; a stale one gives <c>FitSaaS:ConcurrencyConflict</c>. Optional.</summary>
    public string? ConcurrencyStamp { get; init; }
}
