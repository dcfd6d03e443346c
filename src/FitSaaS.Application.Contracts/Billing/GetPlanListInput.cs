using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Plan list query: <c>?filter=&amp;kind=&amp;isActive=&amp;skipCount=&amp;maxResultCount=</c>, by name.</summary>
public sealed class GetPlanListInput : PagedResultRequestDto
{
    /// <summary>Name contains (case-insensitive).</summary>
    public string? Filter { get; init; }

    /// <summary>Only of this kind.</summary>
    public PlanKind? Kind { get; init; }

    /// <summary>Only active (true) or archived (false) plans.</summary>
    public bool? IsActive { get; init; }
}
