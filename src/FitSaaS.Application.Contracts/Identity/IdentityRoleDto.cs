namespace FitSaaS.Identity;

/// <summary>A role.</summary>
public sealed class IdentityRoleDto
{
    /// <summary>Role id.</summary>
    public Guid Id { get; init; }

    /// <summary>Name, unique within the tenant.</summary>
    public required string Name { get; init; }

    /// <summary>True for <c>admin</c>, <c>staff</c>, <c>member</c>: cannot be renamed or deleted.</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>Number of users holding it.</summary>
    public int UserCount { get; init; }
}
