using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A gym's legal document (DOMAIN.md §2.16): its kind, title, where it applies (all members, or members using given class types,
/// plans or locations) and what it gates (<see cref="LegalDocumentGates"/>). Its text lives in immutable, numbered
/// <see cref="LegalDocumentVersion"/>s (<see cref="LegalDocumentManager.PublishVersionAsync"/>); documents and versions are never
/// deleted (signatures refer to them).
/// </summary>
public sealed class LegalDocument : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private LegalDocument()
    {
        Title = null!;
        ClassTypeIds = [];
        PlanIds = [];
        LocationIds = [];
    }

    internal LegalDocument(Guid id, Guid? tenantId, LegalDocumentKind kind, string title, LegalDocumentScope scope, LegalDocumentGates gates)
        : base(id)
    {
        TenantId = tenantId;
        Kind = kind;
        Title = null!;
        ClassTypeIds = [];
        PlanIds = [];
        LocationIds = [];
        Change(title, scope, gates);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>What the document is.</summary>
    public LegalDocumentKind Kind { get; private set; }

    /// <summary>Display title, at most <see cref="LegalDocumentConsts.MaxTitleLength"/> characters.</summary>
    public string Title { get; private set; }

    /// <summary>True when it applies to every member; otherwise to members using one of the listed class types, plans or locations.</summary>
    public bool AppliesToAll { get; private set; }

    /// <summary>Class types it applies to (bookings and check-ins of sessions of these types).</summary>
    public List<Guid> ClassTypeIds { get; private set; }

    /// <summary>Plans it applies to (purchases of these plans).</summary>
    public List<Guid> PlanIds { get; private set; }

    /// <summary>Locations it applies to (bookings and check-ins of sessions there).</summary>
    public List<Guid> LocationIds { get; private set; }

    /// <summary>The operations it gates.</summary>
    public LegalDocumentGates Gates { get; private set; }

    /// <summary>The number of the latest published version; 0 before the first.</summary>
    public int LatestVersionNumber { get; private set; }

    /// <summary>The scope as one value.</summary>
    public LegalDocumentScope Scope => new(AppliesToAll, ClassTypeIds, PlanIds, LocationIds);

    /// <summary>Changes the title, scope and gates (they take effect at once; the versions' texts stay as published).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.InvalidDocumentScope"/>.</exception>
    public void Change(string title, LegalDocumentScope scope, LegalDocumentGates gates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(scope);
        title = title.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(title.Length, LegalDocumentConsts.MaxTitleLength, nameof(title));
        var classTypes = scope.ClassTypeIds.Distinct().ToList();
        var plans = scope.PlanIds.Distinct().ToList();
        var locations = scope.LocationIds.Distinct().ToList();
        if ((!scope.AppliesToAll && classTypes.Count + plans.Count + locations.Count == 0) ||
            (scope.AppliesToAll && classTypes.Count + plans.Count + locations.Count > 0) ||
            classTypes.Count > LegalDocumentConsts.MaxScopeIds || plans.Count > LegalDocumentConsts.MaxScopeIds || locations.Count > LegalDocumentConsts.MaxScopeIds)
        {
            throw new BusinessException(
                FormsErrorCodes.InvalidDocumentScope,
                $"A document applies to all members, or to at least one and at most {LegalDocumentConsts.MaxScopeIds} class types, plans or locations each.");
        }

        if (gates is < LegalDocumentGates.None or > (LegalDocumentGates.Booking | LegalDocumentGates.Purchase | LegalDocumentGates.CheckIn))
        {
            throw new BusinessException(FormsErrorCodes.InvalidDocumentScope, "Unknown gates.");
        }

        Title = title;
        AppliesToAll = scope.AppliesToAll;
        ClassTypeIds = classTypes;
        PlanIds = plans;
        LocationIds = locations;
        Gates = gates;
        AddLocalEvent(new LegalDocumentsChangedEvent());
    }

    /// <summary>
    /// True when the document gates the operation of <paramref name="target"/> (any, for <see cref="LegalDocumentGates.None"/>): all members, or the target's class type,
    /// plan or location is in its scope.
    /// </summary>
    public bool Applies(LegalTarget target) => Applies(Gates, Scope, target);

    /// <summary>True when a document with <paramref name="gates"/> and <paramref name="scope"/> gates the operation of <paramref name="target"/> (see the instance method).</summary>
    public static bool Applies(LegalDocumentGates gates, LegalDocumentScope scope, LegalTarget target)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Gate != LegalDocumentGates.None && (gates & target.Gate) == 0)
        {
            return false;
        }

        return scope.AppliesToAll ||
            (target.ClassTypeId is { } classType && scope.ClassTypeIds.Contains(classType)) ||
            (target.PlanId is { } plan && scope.PlanIds.Contains(plan)) ||
            (target.LocationId is { } location && scope.LocationIds.Contains(location));
    }

    /// <summary>Takes the next version number.</summary>
    internal int NextVersionNumber()
    {
        AddLocalEvent(new LegalDocumentsChangedEvent());
        return ++LatestVersionNumber;
    }
}
