namespace FitSaaS.Framework.AspNetCore.ApplicationConfiguration;

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
