using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Registers a confidential machine client of the current tenant (or of the host).</summary>
public sealed class CreateClientDto
{
    /// <summary>The <c>client_id</c>, unique across tenants: letters, digits, <c>_ . -</c>.</summary>
    [Required]
    [StringLength(100, MinimumLength = 3)]
    [RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "Use letters, digits and _ . - only.")]
    public required string ClientId { get; init; }

    /// <summary>Human-readable name.</summary>
    [Required]
    [StringLength(200)]
    public required string DisplayName { get; init; }

    /// <summary>Scopes it may request; default <c>fitsaas-api</c>.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }
}
