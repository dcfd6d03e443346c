namespace FitSaaS.Billing;

/// <summary>The period of a recurring membership. Stored and serialized as its name.</summary>
public enum BillingInterval
{
    /// <summary>Weekly: the same weekday each week.</summary>
    Week = 0,

    /// <summary>Monthly: the same day of the month (the last day when the month is shorter).</summary>
    Month = 1,

    /// <summary>Yearly: the same date each year (28 February for 29 February in a common year).</summary>
    Year = 2,
}
