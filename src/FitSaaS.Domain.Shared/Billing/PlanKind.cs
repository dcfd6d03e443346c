namespace FitSaaS.Billing;

/// <summary>What a plan sells (FitKit's plan kinds). Stored and serialized as its name.</summary>
public enum PlanKind
{
    /// <summary>A recurring membership: billed every interval, with an allowance of sessions per period or unlimited.</summary>
    Membership = 0,

    /// <summary>A pack of N credits, valid for a number of days from its activation (on purchase or on first use).</summary>
    ClassPack = 1,

    /// <summary>One session (a pack of one credit).</summary>
    DropIn = 2,

    /// <summary>A fixed set of sessions, one credit each, usable only for those sessions.</summary>
    Course = 3,
}
