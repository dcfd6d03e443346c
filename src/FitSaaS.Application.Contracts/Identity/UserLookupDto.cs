namespace FitSaaS.Identity;

/// <summary>Minimal user data other modules may read.</summary>
public sealed class UserLookupDto
{
    /// <summary>User id.</summary>
    public Guid Id { get; init; }

    /// <summary>User name.</summary>
    public required string UserName { get; init; }

    /// <summary>Role names.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}
