namespace FitSaaS.Billing;

/// <summary>
/// What a plan sells and on which terms (validated by <see cref="Plan.Configure"/>). Which fields apply depends on
/// <see cref="Kind"/>: a <see cref="PlanKind.Membership"/> has <see cref="Interval"/>, <see cref="IntervalCount"/>,
/// <see cref="Allowance"/> (null = unlimited) and <see cref="MinimumTermMonths"/>; a <see cref="PlanKind.ClassPack"/> has
/// <see cref="Credits"/>, <see cref="ValidityDays"/> and <see cref="Activation"/>; a <see cref="PlanKind.DropIn"/> has
/// <see cref="ValidityDays"/> (one credit); a <see cref="PlanKind.Course"/> has <see cref="CourseSessionIds"/> (one credit
/// each, usable only for them). The others must be null (zero, empty).
/// </summary>
/// <param name="Kind">What the plan sells.</param>
/// <param name="Price">Price in minor units of the tenant's currency (per period for a membership), 0..<see cref="BillingMath.MaxAmount"/>.</param>
/// <param name="TaxRatePercent">Tax rate in percent, 0–100, at most four decimals.</param>
/// <param name="TaxMode">Whether <paramref name="Price"/> includes the tax.</param>
/// <param name="Interval">Membership: the billing period's unit.</param>
/// <param name="IntervalCount">Membership: intervals per period (1..12).</param>
/// <param name="Allowance">Membership: sessions per period; null = unlimited.</param>
/// <param name="MinimumTermMonths">Membership: months before a cancellation can take effect (0 = none).</param>
/// <param name="Credits">Class pack: credits (1..1000).</param>
/// <param name="ValidityDays">Class pack, drop-in: days of validity from activation (1..3650); expiry at the end of the last day in the location's zone.</param>
/// <param name="Activation">Class pack: when validity starts.</param>
/// <param name="OncePerMember">A member may buy it only once (an intro offer).</param>
/// <param name="ClassTypeIds">Class types covered; empty = all.</param>
/// <param name="LocationIds">Locations covered; empty = all.</param>
/// <param name="CourseSessionIds">Course: its sessions (1..200).</param>
public sealed record PlanTerms(
    PlanKind Kind,
    long Price,
    decimal TaxRatePercent = 0,
    TaxMode TaxMode = TaxMode.Exclusive,
    BillingInterval? Interval = null,
    int? IntervalCount = null,
    int? Allowance = null,
    int MinimumTermMonths = 0,
    int? Credits = null,
    int? ValidityDays = null,
    PackActivation? Activation = null,
    bool OncePerMember = false,
    IReadOnlyList<Guid>? ClassTypeIds = null,
    IReadOnlyList<Guid>? LocationIds = null,
    IReadOnlyList<Guid>? CourseSessionIds = null);
