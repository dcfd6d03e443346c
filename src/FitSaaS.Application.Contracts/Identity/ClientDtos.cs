using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>An OAuth client of the token server (never its secret).</summary>
public sealed class ClientDto
{
    /// <summary>Row id.</summary>
    public Guid Id { get; init; }

    /// <summary>The <c>client_id</c>.</summary>
    public required string ClientId { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>True for a public client (no secret).</summary>
    public bool IsPublic { get; init; }

    /// <summary>Grant types the client may use.</summary>
    public required IReadOnlyList<string> AllowedGrantTypes { get; init; }

    /// <summary>Scopes the client may request.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }
}

/// <summary>A newly registered client or regenerated secret: the secret is shown this once and stored only as a hash.</summary>
public sealed class ClientWithSecretDto
{
    /// <summary>The client.</summary>
    public required ClientDto Client { get; init; }

    /// <summary>The client secret (256 random bits, base64url). Store it safely; it cannot be read again.</summary>
    public required string ClientSecret { get; init; }
}

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

/// <summary>Client list query.</summary>
public sealed class GetClientListInput : PagedResultRequestDto
{
    /// <summary>Part of the client id or name.</summary>
    [StringLength(100)]
    public string? Filter { get; init; }
}
