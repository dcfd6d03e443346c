namespace FitSaaS.Framework.AspNetCore.ApplicationConfiguration;

/// <summary>The caller as client apps see it.</summary>
public sealed class CurrentUserDto
{
    /// <summary>True when a user or client is signed in.</summary>
    public bool IsAuthenticated { get; init; }

    /// <summary>User id; null when anonymous or for a machine client.</summary>
    public Guid? Id { get; init; }

    /// <summary>User name (or client id for a machine client).</summary>
    public string? UserName { get; init; }

    /// <summary>Role names.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}
