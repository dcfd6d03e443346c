namespace FitSaaS.Billing.Platform;

/// <summary>What a platform subscription's state means for the gym's edition.</summary>
public enum PlatformEditionAccessKind
{
    /// <summary>Leave the gym's edition as it is (a first payment is pending, or never came).</summary>
    Unchanged = 0,

    /// <summary>The gym is on the subscribed edition until an end date.</summary>
    Grant = 1,

    /// <summary>The paid (or grace) time is over: the gym is on the fallback edition now.</summary>
    Fallback = 2,
}
