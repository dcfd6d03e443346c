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
