namespace FitSaaS.Billing;

/// <summary>What one plan covers, as the booking guard needs it (cached in <see cref="PlanCoverageCacheItem"/>).</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Kind">Its kind (a course covers its own sessions only).</param>
/// <param name="ClassTypeIds">Class types it covers; empty = all.</param>
/// <param name="LocationIds">Locations it covers; empty = all.</param>
/// <param name="CourseSessionIds">A course's sessions; empty for other kinds.</param>
public sealed record PlanCoverage(Guid PlanId, PlanKind Kind, IReadOnlyList<Guid> ClassTypeIds, IReadOnlyList<Guid> LocationIds, IReadOnlyList<Guid> CourseSessionIds)
{
    /// <summary>The coverage of <paramref name="plan"/>.</summary>
    public static PlanCoverage Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanCoverage(plan.Id, plan.Kind, [.. plan.ClassTypeIds], [.. plan.LocationIds], [.. plan.CourseSessionIds]);
    }

    /// <summary>Whether the plan's entitlements may be used for a session of this class type and location (course: this session).</summary>
    public bool Covers(Guid classTypeId, Guid locationId, Guid classSessionId) =>
        (ClassTypeIds.Count == 0 || ClassTypeIds.Contains(classTypeId))
        && (LocationIds.Count == 0 || LocationIds.Contains(locationId))
        && (Kind != PlanKind.Course || CourseSessionIds.Contains(classSessionId));
}
