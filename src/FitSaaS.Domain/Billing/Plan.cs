using System.Diagnostics.CodeAnalysis;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// Something a gym sells (FitKit's Plans): a recurring membership, a class pack, a drop-in or a course, with its price in
/// minor units of the tenant's currency, its tax and the class types and locations it covers (DOMAIN.md §2.10). Active or
/// archived; a plan that was sold is archived, never deleted (<see cref="PlanManager.DeleteAsync"/>). Memberships copy the
/// price and terms they were sold with, so a later price change applies to new sales only.
/// </summary>
public sealed class Plan : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Plan()
    {
        Name = null!;
        Currency = null!;
    }

    /// <summary>Creates an active plan.</summary>
    /// <exception cref="BusinessException">See <see cref="Configure"/>, and <see cref="BillingErrorCodes.UnknownCurrency"/>.</exception>
    public Plan(Guid id, Guid? tenantId, string name, string? description, string currency, PlanTerms terms)
        : base(id)
    {
        TenantId = tenantId;
        Iso4217.GetMinorUnits(currency);
        Currency = currency;
        Rename(name);
        Describe(description);
        Configure(terms);
        IsActive = true;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Display name.</summary>
    public string Name { get; private set; }

    /// <summary>Optional description for members.</summary>
    public string? Description { get; private set; }

    /// <summary>What it sells.</summary>
    public PlanKind Kind { get; private set; }

    /// <summary>Price in minor units of <see cref="Currency"/> (per period for a membership).</summary>
    public long Price { get; private set; }

    /// <summary>ISO 4217 code: the tenant's currency when the plan was created.</summary>
    public string Currency { get; private set; }

    /// <summary>Tax rate in percent (at most four decimals).</summary>
    public decimal TaxRatePercent { get; private set; }

    /// <summary>Whether <see cref="Price"/> includes the tax.</summary>
    public TaxMode TaxMode { get; private set; }

    /// <summary>Membership: the billing period's unit.</summary>
    public BillingInterval? Interval { get; private set; }

    /// <summary>Membership: intervals per billing period.</summary>
    public int? IntervalCount { get; private set; }

    /// <summary>Membership: sessions per period; null = unlimited.</summary>
    public int? Allowance { get; private set; }

    /// <summary>Membership: months before a cancellation can take effect.</summary>
    public int MinimumTermMonths { get; private set; }

    /// <summary>Class pack, drop-in (1), course (its sessions): credits granted on purchase.</summary>
    public int? Credits { get; private set; }

    /// <summary>Class pack, drop-in: days of validity from activation.</summary>
    public int? ValidityDays { get; private set; }

    /// <summary>Class pack: when validity starts.</summary>
    public PackActivation? Activation { get; private set; }

    /// <summary>A member may buy it only once.</summary>
    public bool OncePerMember { get; private set; }

    /// <summary>Class types covered; empty = all.</summary>
    public List<Guid> ClassTypeIds { get; private set; } = [];

    /// <summary>Locations covered; empty = all.</summary>
    public List<Guid> LocationIds { get; private set; } = [];

    /// <summary>Course: the sessions it is for.</summary>
    public List<Guid> CourseSessionIds { get; private set; } = [];

    /// <summary>False once archived: no longer sold; what was sold goes on.</summary>
    public bool IsActive { get; private set; }

    /// <summary>True for a membership without an allowance: bookings take no credit (nothing to refund or forfeit; penalties are fees).</summary>
    public bool IsUnlimited => Kind == PlanKind.Membership && Allowance is null;

    /// <summary>Whether the plan's entitlements may be used for a session of this class type and location (course: this session).</summary>
    /// <remarks>The rule is <see cref="PlanCoverage.Covers"/>'s (what the booking guard caches), stated once there.</remarks>
    public bool Covers(Guid classTypeId, Guid locationId, Guid classSessionId) =>
        PlanCoverage.Of(this).Covers(classTypeId, locationId, classSessionId);

    /// <summary>Renames the plan.</summary>
    [MemberNotNull(nameof(Name))]
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, PlanConsts.MaxNameLength, nameof(name));
        Name = name;
    }

    /// <summary>Sets or clears the description.</summary>
    public void Describe(string? description)
    {
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description is not null)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(description.Length, PlanConsts.MaxDescriptionLength, nameof(description));
        }

        Description = description;
    }

    /// <summary>
    /// Sets what the plan sells and its terms. The kind of a plan that was sold cannot change (the manager checks); price
    /// and terms can, for new sales.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.InvalidPlan"/> (data: <c>field</c>) for a field that does not fit the kind or is out of
    /// range, <see cref="BillingErrorCodes.InvalidAmount"/>, <see cref="BillingErrorCodes.InvalidTaxRate"/>.
    /// </exception>
    public void Configure(PlanTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        BillingMath.EnsureAmount(terms.Price, "price");
        BillingMath.ToRateUnits(terms.TaxRatePercent);
        Require(Enum.IsDefined(terms.Kind), "kind");
        Require(Enum.IsDefined(terms.TaxMode), "taxMode");
        var membership = terms.Kind == PlanKind.Membership;
        var pack = terms.Kind == PlanKind.ClassPack;
        var course = terms.Kind == PlanKind.Course;
        Require(membership == terms.Interval is not null && (terms.Interval is null || Enum.IsDefined(terms.Interval.Value)), "interval");
        Require(membership ? terms.IntervalCount is >= 1 and <= PlanConsts.MaxIntervalCount : terms.IntervalCount is null, "intervalCount");
        Require(membership ? terms.Allowance is null or (>= 1 and <= PlanConsts.MaxCredits) : terms.Allowance is null, "allowance");
        Require(membership ? terms.MinimumTermMonths is >= 0 and <= PlanConsts.MaxMinimumTermMonths : terms.MinimumTermMonths == 0, "minimumTermMonths");
        Require(pack ? terms.Credits is >= 1 and <= PlanConsts.MaxCredits : terms.Credits is null, "credits");
        Require(pack || terms.Kind == PlanKind.DropIn ? terms.ValidityDays is >= 1 and <= PlanConsts.MaxValidityDays : terms.ValidityDays is null, "validityDays");
        Require(pack == terms.Activation is not null && (terms.Activation is null || Enum.IsDefined(terms.Activation.Value)), "activation");
        var sessions = Distinct(terms.CourseSessionIds, "courseSessionIds");
        Require(course ? sessions.Count >= 1 : sessions.Count == 0, "courseSessionIds");
        var classTypeIds = Distinct(terms.ClassTypeIds, "classTypeIds");
        var locationIds = Distinct(terms.LocationIds, "locationIds");

        // Everything is checked: now the plan changes, all at once.

        Kind = terms.Kind;
        Price = terms.Price;
        TaxRatePercent = terms.TaxRatePercent;
        TaxMode = terms.TaxMode;
        Interval = terms.Interval;
        IntervalCount = terms.IntervalCount;
        Allowance = terms.Allowance;
        MinimumTermMonths = terms.MinimumTermMonths;
        Credits = terms.Kind switch
        {
            PlanKind.DropIn => 1,
            PlanKind.Course => sessions.Count,
            _ => terms.Credits,
        };
        ValidityDays = terms.ValidityDays;
        Activation = terms.Activation;
        OncePerMember = terms.OncePerMember;
        ClassTypeIds = classTypeIds;
        LocationIds = locationIds;
        CourseSessionIds = sessions;
        AddLocalEvent(new PlanCoverageChangedEvent());
    }

    /// <summary>Called by <see cref="PlanManager.DeleteAsync"/>: the plan's coverage goes with it.</summary>
    internal void OnDeleting() => AddLocalEvent(new PlanCoverageChangedEvent());

    /// <summary>Archives the plan: no longer sold.</summary>
    public void Archive() => IsActive = false;

    /// <summary>Offers the plan again.</summary>
    public void Restore() => IsActive = true;

    /// <summary>Ensures the plan can be sold.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.PlanArchived"/>.</exception>
    public void EnsureActive()
    {
        if (!IsActive)
        {
            throw new BusinessException(BillingErrorCodes.PlanArchived, "The plan is archived and can no longer be sold.").WithData("planId", Id);
        }
    }

    private static List<Guid> Distinct(IReadOnlyList<Guid>? ids, string field)
    {
        var list = (ids ?? []).Distinct().ToList();
        Require(list.Count <= PlanConsts.MaxReferences && !list.Contains(Guid.Empty), field);
        return list;
    }

    private static void Require(bool condition, string field)
    {
        if (!condition)
        {
            throw new BusinessException(BillingErrorCodes.InvalidPlan, $"The plan's '{field}' does not fit its kind or is out of range.").WithData("field", field);
        }
    }
}
