namespace FitSaaS.Framework.Authorization;

/// <summary>Which side of a multi-tenant application may use a permission.</summary>
[Flags]
public enum MultiTenancySides
{
    /// <summary>Tenant users only.</summary>
    Tenant = 1,

    /// <summary>Host (platform operator) users only.</summary>
    Host = 2,

    /// <summary>Both sides.</summary>
    Both = Tenant | Host,
}
