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

    /// <summary>Given name; null when unknown.</summary>
    public string? Name { get; init; }

    /// <summary>Family name; null when unknown.</summary>
    public string? Surname { get; init; }

    /// <summary>Phone number as typed; null when unknown.</summary>
    public string? PhoneNumber { get; init; }

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
