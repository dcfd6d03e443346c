using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Changes a client.</summary>
public sealed class UpdateClientDto
{
    /// <summary>Human-readable name.</summary>
    [Required]
    [StringLength(200)]
    public required string DisplayName { get; init; }

    /// <summary>Scopes it may request; default <c>fitsaas-api</c>.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }
}
