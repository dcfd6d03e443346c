using System.Globalization;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.TenantManagement;

/// <summary>A custom domain (host name) of a tenant, e.g. <c>book.zen-yoga.com</c>; unique across tenants. Host-owned.</summary>
[Audited]
public sealed class TenantDomain : Entity<Guid>, IHostEntity
{
    private TenantDomain()
    {
        HostName = null!;
    }

    internal TenantDomain(Guid id, Guid tenantId, string normalizedHostName)
        : base(id)
    {
        TenantId = tenantId;
        HostName = normalizedHostName;
    }

    /// <summary>The tenant the domain resolves to.</summary>
    public Guid TenantId { get; private set; }

    /// <summary>Normalized host name: lower-case, no trailing dot, no port.</summary>
    public string HostName { get; private set; }

    /// <summary>Lower-cases and trims a host name and drops a trailing dot.</summary>
    public static string Normalize(string hostName)
    {
        ArgumentNullException.ThrowIfNull(hostName);
        return hostName.Trim().TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>
    /// True when <paramref name="normalizedHostName"/> is a DNS host name (RFC 1123): at most 253 characters,
    /// at least two labels of 1–63 letters, digits and inner hyphens, and a top-level label that is not all digits
    /// (no IP addresses).
    /// </summary>
    public static bool IsValidHostName(string normalizedHostName)
    {
        if (string.IsNullOrEmpty(normalizedHostName) || normalizedHostName.Length > TenantConsts.MaxDomainLength)
        {
            return false;
        }

        var labels = normalizedHostName.Split('.');
        if (labels.Length < 2 || labels[^1].All(char.IsAsciiDigit))
        {
            return false;
        }

        return labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' &&
            l.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[TenantDomain] {HostName} → {TenantId}");
}
