namespace FitSaaS.Framework.MultiTenancy;

/// <summary>Connection strings of the kit (bound by the EF Core layer).</summary>
public sealed class ConnectionStringOptions
{
    /// <summary>The host (shared) database; required.</summary>
    public string Default { get; set; } = string.Empty;
}
