namespace FitSaaS.Identity;

/// <summary>The signed-in user's profile.</summary>
public sealed class ProfileDto
{
    /// <summary>User id (the token's <c>sub</c>).</summary>
    public Guid Id { get; init; }

    /// <summary>Tenant id; null for host users.</summary>
    public Guid? TenantId { get; init; }

    /// <summary>User name.</summary>
    public required string UserName { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Role names.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}
