using System.ComponentModel.DataAnnotations;

namespace FitSaaS.TenantManagement;

/// <summary>Adds a custom domain to a tenant.</summary>
public sealed class AddTenantDomainDto
{
    /// <summary>A DNS host name, e.g. <c>book.zen-yoga.com</c> (no scheme, port or path); stored lower-case. At most 253 characters.</summary>
    [Required]
    [StringLength(TenantConsts.MaxDomainLength)]
    [RegularExpression(TenantConsts.DomainPattern, ErrorMessage = "Use a DNS host name such as book.example.com.")]
    public required string HostName { get; init; }
}
