namespace FitSaaS.PermissionManagement;

/// <summary>The permission tree of the caller's side with the grants of one role, user or client.</summary>
public sealed class GetPermissionListResultDto
{
    /// <summary><c>R</c> (role), <c>U</c> (user) or <c>C</c> (client).</summary>
    public required string ProviderName { get; init; }

    /// <summary>Role name, user id or client id.</summary>
    public required string ProviderKey { get; init; }

    /// <summary>Groups in definition order.</summary>
    public required IReadOnlyList<PermissionGroupDto> Groups { get; init; }
}
