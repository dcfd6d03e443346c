using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.TenantManagement;

/// <summary>A gym (or studio) on the platform: a tenant. Host-owned; soft-deleted.</summary>
[Audited]
public sealed class Tenant : FullAuditedAggregateRoot<Guid>, IHostEntity
{
    private readonly List<TenantDomain> _domains = [];

    private Tenant()
    {
        Name = null!;
        NormalizedName = null!;
    }

    internal Tenant(Guid id, string name)
        : base(id)
    {
        Name = null!;
        NormalizedName = null!;
        SetName(name);
        IsActive = true;
        AddLocalEvent(new TenantChangedEvent(id, Name));
    }

    /// <summary>Unique name, lower-case (also the sub-domain and the <c>__tenant</c> value).</summary>
    public string Name { get; private set; }

    /// <summary>Upper-invariant name for lookups.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>False when deactivated: the tenant's users cannot sign in or call the API.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The edition (platform tier) the tenant is on; null = none (feature defaults apply).</summary>
    public Guid? EditionId { get; private set; }

    /// <summary>
    /// UTC instant the edition ends (a trial); null = no end. From then on the configured fallback edition
    /// (<c>FeatureManagement:TrialFallbackEdition</c>) is in effect, resolved when values are read.
    /// </summary>
    public DateTime? EditionEndDateUtc { get; private set; }

    /// <summary>True when the edition has an end date that <paramref name="now"/> has reached.</summary>
    public bool IsEditionExpired(DateTime now) => EditionEndDateUtc is { } end && end <= now;

    /// <summary>Puts the tenant on an edition, optionally until <paramref name="endDateUtc"/> (the FeatureManagement module checks the edition exists).</summary>
    internal void SetEdition(Guid? editionId, DateTime? endDateUtc)
    {
        if (editionId is null && endDateUtc is not null)
        {
            throw new ArgumentException("An end date needs an edition.", nameof(endDateUtc));
        }

        EditionId = editionId;
        EditionEndDateUtc = endDateUtc is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Utc) : null;
    }

    /// <summary>
    /// The tenant's own database connection string, encrypted with ASP.NET Core Data Protection; null when the
    /// tenant lives in the shared database. Never returned, logged or audited. Set once, at creation.
    /// </summary>
    [DisableAuditing]
    public string? ProtectedConnectionString { get; private set; }

    /// <summary>True when the tenant has its own database.</summary>
    public bool HasOwnDatabase => ProtectedConnectionString is not null;

    /// <summary>The tenant's custom domains (host names that resolve to it).</summary>
    public IReadOnlyList<TenantDomain> Domains => _domains;

    internal void SetProtectedConnectionString(string protectedConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedConnectionString);
        ProtectedConnectionString = protectedConnectionString;
    }

    internal TenantDomain AddDomain(Guid id, string normalizedHostName)
    {
        var domain = new TenantDomain(id, Id, normalizedHostName);
        _domains.Add(domain);
        AddLocalEvent(new TenantDomainChangedEvent(Id, normalizedHostName));
        return domain;
    }

    /// <summary>Removes a custom domain; false when the tenant does not have it.</summary>
    public bool RemoveDomain(string hostName)
    {
        ArgumentNullException.ThrowIfNull(hostName);
        var normalized = TenantDomain.Normalize(hostName);
        var domain = _domains.FirstOrDefault(d => d.HostName == normalized);
        if (domain is null)
        {
            return false;
        }

        _domains.Remove(domain);
        AddLocalEvent(new TenantDomainChangedEvent(Id, normalized));
        return true;
    }

    internal void SetName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var previous = (string?)Name;
        Name = name.Trim().ToLowerInvariant();
        NormalizedName = Name.ToUpperInvariant();
        if (previous is not null && previous != Name)
        {
            AddLocalEvent(new TenantChangedEvent(Id, previous));
        }
    }

    /// <summary>Reactivates the tenant; no-op when active.</summary>
    public void Activate()
    {
        if (!IsActive)
        {
            IsActive = true;
            AddLocalEvent(new TenantChangedEvent(Id, Name));
        }
    }

    /// <summary>Deactivates the tenant; its tokens and logins are refused from then on.</summary>
    public void Deactivate()
    {
        if (IsActive)
        {
            IsActive = false;
            AddLocalEvent(new TenantChangedEvent(Id, Name));
        }
    }

    /// <summary>Marks the tenant changed before a soft delete, so caches forget it, and releases its custom domains.</summary>
    public void MarkDeleting()
    {
        foreach (var domain in _domains.ToList())
        {
            RemoveDomain(domain.HostName);
        }

        AddLocalEvent(new TenantChangedEvent(Id, Name));
    }
}
