using FitSaaS.Framework.Domain;

namespace FitSaaS.TenantManagement;

/// <summary>A gym (or studio) on the platform: a tenant. Host-owned; soft-deleted.</summary>
public sealed class Tenant : FullAuditedAggregateRoot<Guid>, IHostEntity
{
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

    /// <summary>Marks the tenant changed before a soft delete, so caches forget it.</summary>
    public void MarkDeleting() => AddLocalEvent(new TenantChangedEvent(Id, Name));
}
