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
