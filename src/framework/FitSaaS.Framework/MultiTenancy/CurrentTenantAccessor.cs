namespace FitSaaS.Framework.MultiTenancy;

/// <summary>Holds the current tenant for the async flow (an <see cref="AsyncLocal{T}"/> owned by a DI singleton).</summary>
public sealed class CurrentTenantAccessor
{
    private readonly AsyncLocal<BasicTenantInfo?> _current = new();

    /// <summary>The tenant of this async flow; null when nothing was set (the host).</summary>
    public BasicTenantInfo? Current
    {
        get => _current.Value;
        set => _current.Value = value;
    }
}
