namespace FitSaaS.Framework.AspNetCore.ApplicationConfiguration;

/// <summary>What a client app needs to render itself for the caller: <c>GET /api/application-configuration</c>.</summary>
public sealed class ApplicationConfigurationDto
{
    /// <summary>The caller.</summary>
    public required CurrentUserDto CurrentUser { get; init; }

    /// <summary>The resolved tenant.</summary>
    public required CurrentTenantDto CurrentTenant { get; init; }

    /// <summary>Granted permissions.</summary>
    public required AuthConfigurationDto Auth { get; init; }

    /// <summary>
    /// The current tenant's feature values by name (those visible to clients), resolved tenant override →
    /// edition → default; the host sees the defaults.
    /// </summary>
    public required IReadOnlyDictionary<string, string?> Features { get; init; }

    /// <summary>Values of the settings marked visible to clients (never encrypted ones), resolved user → tenant → global → default.</summary>
    public required IReadOnlyDictionary<string, string?> Settings { get; init; }
}

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

/// <summary>The resolved tenant.</summary>
public sealed class CurrentTenantDto
{
    /// <summary>Tenant id; null for the host.</summary>
    public Guid? Id { get; init; }

    /// <summary>Tenant name.</summary>
    public string? Name { get; init; }

    /// <summary>True when running for a tenant.</summary>
    public bool IsAvailable { get; init; }
}

/// <summary>Granted permissions (ABP's <c>grantedPolicies</c> shape: name → true).</summary>
public sealed class AuthConfigurationDto
{
    /// <summary>Every permission the caller holds on the current side.</summary>
    public required IReadOnlyDictionary<string, bool> GrantedPolicies { get; init; }
}
