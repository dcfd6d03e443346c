namespace FitSaaS.Billing;

/// <summary>A plan. Money in minor units of <see cref="Currency"/>.</summary>
public sealed class PlanDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>What it sells.</summary>
    public PlanKind Kind { get; init; }

    /// <summary>Price in minor units (per period for a membership).</summary>
    public long Price { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>Tax rate in percent.</summary>
    public decimal TaxRatePercent { get; init; }

    /// <summary>Whether the price includes the tax.</summary>
    public TaxMode TaxMode { get; init; }

    /// <summary>The price's tax on its own line: net, tax and gross in minor units (half-up rounding).</summary>
    public TaxBreakdown PriceBreakdown { get; init; }

    /// <summary>Membership: period unit.</summary>
    public BillingInterval? Interval { get; init; }

    /// <summary>Membership: intervals per period.</summary>
    public int? IntervalCount { get; init; }

    /// <summary>Membership: sessions per period; null = unlimited.</summary>
    public int? Allowance { get; init; }

    /// <summary>Membership: minimum term in months.</summary>
    public int MinimumTermMonths { get; init; }

    /// <summary>Credits granted (pack; 1 for a drop-in; a course's session count).</summary>
    public int? Credits { get; init; }

    /// <summary>Days of validity (pack, drop-in).</summary>
    public int? ValidityDays { get; init; }

    /// <summary>Pack: when validity starts.</summary>
    public PackActivation? Activation { get; init; }

    /// <summary>Buyable once per member.</summary>
    public bool OncePerMember { get; init; }

    /// <summary>Class types covered (empty = all).</summary>
    public IReadOnlyList<Guid> ClassTypeIds { get; init; } = [];

    /// <summary>Locations covered (empty = all).</summary>
    public IReadOnlyList<Guid> LocationIds { get; init; } = [];

    /// <summary>Course: its sessions.</summary>
    public IReadOnlyList<Guid> CourseSessionIds { get; init; } = [];

    /// <summary>False once archived.</summary>
    public bool IsActive { get; init; }

    /// <summary>Concurrency stamp (send it back on update).</summary>
    public string ConcurrencyStamp { get; init; } = "";
}
