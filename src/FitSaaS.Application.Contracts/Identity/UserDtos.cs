using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>A user as admins see it (never the password hash or security stamp).</summary>
public sealed class IdentityUserDto
{
    /// <summary>User id.</summary>
    public Guid Id { get; init; }

    /// <summary>User name, unique within the tenant.</summary>
    public required string UserName { get; init; }

    /// <summary>E-mail, unique within the tenant.</summary>
    public string? Email { get; init; }

    /// <summary>True once the e-mail address was confirmed.</summary>
    public bool EmailConfirmed { get; init; }

    /// <summary>False when deactivated: cannot sign in or refresh tokens.</summary>
    public bool IsActive { get; init; }

    /// <summary>UTC instant until which the account is locked; null when not locked.</summary>
    public DateTime? LockoutEndUtc { get; init; }

    /// <summary>Role names.</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }
}

/// <summary>Creates a user in the current tenant (or a host user).</summary>
public sealed class CreateIdentityUserDto
{
    /// <summary>User name, unique within the tenant.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Use letters, digits and . _ @ + - only.")]
    public required string UserName { get; init; }

    /// <summary>E-mail, unique within the tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityConsts.MaxEmailLength)]
    public required string Email { get; init; }

    /// <summary>Initial password; checked against the tenant's password policy.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 1)]
    public required string Password { get; init; }

    /// <summary>Role names of the tenant; default none.</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }
}

/// <summary>Changes a user; roles are replaced by <see cref="RoleNames"/> when given.</summary>
public sealed class UpdateIdentityUserDto
{
    /// <summary>E-mail, unique within the tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityConsts.MaxEmailLength)]
    public required string Email { get; init; }

    /// <summary>False to deactivate (refresh tokens stop working at once).</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>The complete set of role names; null keeps the roles.</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }
}

/// <summary>Locks a user out.</summary>
public sealed class LockIdentityUserDto
{
    /// <summary>Lock duration in minutes; default 60, at most one year.</summary>
    [Range(1, 525_600)]
    public int Minutes { get; init; } = 60;
}

/// <summary>Sets a user's password (admin reset).</summary>
public sealed class ResetIdentityUserPasswordDto
{
    /// <summary>New password; checked against the tenant's password policy.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 1)]
    public required string NewPassword { get; init; }
}

/// <summary>User list query.</summary>
[AllowedSorting("userName", "email", "creationTime")]
public sealed class GetIdentityUserListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the user name or e-mail.</summary>
    [StringLength(IdentityConsts.MaxEmailLength)]
    public string? Filter { get; init; }

    /// <summary>Only users holding this role.</summary>
    [StringLength(IdentityConsts.MaxUserNameLength)]
    public string? RoleName { get; init; }
}

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

/// <summary>Creates or renames a role.</summary>
public sealed class CreateUpdateIdentityRoleDto
{
    /// <summary>Name, unique within the tenant.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9 ._-]+$", ErrorMessage = "Use letters, digits, spaces and . _ - only.")]
    public required string Name { get; init; }
}
