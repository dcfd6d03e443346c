namespace FitSaaS.Bookings;

/// <summary>What a bulk action does to each session it selects.</summary>
public enum ClassSessionBulkAction
{
    /// <summary>Cancel the session and its bookings (needs a reason).</summary>
    Cancel = 0,

    /// <summary>Give the session another coach, or none.</summary>
    ChangeCoach = 1,

    /// <summary>Change the session's capacity (a larger one promotes from the waitlist).</summary>
    ChangeCapacity = 2,
}
