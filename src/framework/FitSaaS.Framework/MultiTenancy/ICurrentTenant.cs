namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// The tenant the current code runs for: resolved per HTTP request, restored for jobs and events,
/// switched explicitly with <see cref="Change"/>. Null <see cref="Id"/> means the host (platform).
/// </summary>
public interface ICurrentTenant
{
    /// <summary>The tenant id; null for the host.</summary>
    Guid? Id { get; }

    /// <summary>The tenant's unique name, when known.</summary>
    string? Name { get; }

    /// <summary>True when running for a tenant (not the host).</summary>
    bool IsAvailable { get; }

    /// <summary>Runs the following code for another tenant (null = host) until the scope is disposed.</summary>
    IDisposable Change(Guid? id, string? name = null);
}
