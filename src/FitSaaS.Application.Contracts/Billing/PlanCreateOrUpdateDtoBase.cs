using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>
/// A plan's fields (create and update). Which terms apply depends on <see cref="Kind"/> (see <c>PlanKind</c>); the others
/// must be left out. Money in integer minor units of the tenant's currency (setting <c>Billing.Currency</c>): 2500 with
/// EUR is €25.00, with JPY ¥2,500. Errors: <c>Billing:InvalidPlan</c> (data <c>field</c>), <c>Billing:InvalidAmount</c>,
/// <c>Billing:InvalidTaxRate</c>, <c>Billing:PlanReferenceNotFound</c>.
/// </summary>
public abstract class PlanCreateOrUpdateDtoBase
{
    /// <summary>Display name.</summary>
    [Required]
    [StringLength(PlanConsts.MaxNameLength)]
    public required string Name { get; init; }

    /// <summary>Optional description for members.</summary>
    [StringLength(PlanConsts.MaxDescriptionLength)]
    public string? Description { get; init; }

    /// <summary>What it sells.</summary>
    public PlanKind Kind { get; init; }

    /// <summary>Price in minor units (per period for a membership), 0..10^12.</summary>
    public long Price { get; init; }

    /// <summary>Tax rate in percent, 0–100 with at most four decimals (default 0).</summary>
    public decimal TaxRatePercent { get; init; }

    /// <summary>Whether <see cref="Price"/> includes the tax (default exclusive: tax added on its own line).</summary>
    public TaxMode TaxMode { get; init; }

    /// <summary>Membership: the billing period's unit.</summary>
    public BillingInterval? Interval { get; init; }

    /// <summary>Membership: intervals per period (1..12; default 1).</summary>
    public int? IntervalCount { get; init; }

    /// <summary>Membership: sessions per period (1..1000); null = unlimited.</summary>
    public int? Allowance { get; init; }

    /// <summary>Membership: months before a cancellation can take effect (0..60).</summary>
    public int MinimumTermMonths { get; init; }

    /// <summary>Class pack: credits (1..1000).</summary>
    public int? Credits { get; init; }

    /// <summary>Class pack, drop-in: days of validity (1..3650) from activation; it expires at the end of the last day in the class's location zone.</summary>
    public int? ValidityDays { get; init; }

    /// <summary>Class pack: when validity starts (on purchase or first use).</summary>
    public PackActivation? Activation { get; init; }

    /// <summary>A member may buy it only once.</summary>
    public bool OncePerMember { get; init; }

    /// <summary>Class types covered (empty = all).</summary>
    public IReadOnlyList<Guid>? ClassTypeIds { get; init; }

    /// <summary>Locations covered (empty = all).</summary>
    public IReadOnlyList<Guid>? LocationIds { get; init; }

    /// <summary>Course: its sessions.</summary>
    public IReadOnlyList<Guid>? CourseSessionIds { get; init; }
}
