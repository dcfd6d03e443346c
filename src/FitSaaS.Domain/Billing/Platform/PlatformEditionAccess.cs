namespace FitSaaS.Billing.Platform;

/// <summary>The edition a platform subscription's state gives a gym (<see cref="PlatformEditionRule"/>).</summary>
/// <param name="Kind">Grant, fall back, or leave unchanged.</param>
/// <param name="EndDateUtc">For <see cref="PlatformEditionAccessKind.Grant"/>: the edition's end date (UTC); otherwise null.</param>
public sealed record PlatformEditionAccess(PlatformEditionAccessKind Kind, DateTime? EndDateUtc)
{
    /// <summary>Leave the edition as it is.</summary>
    public static PlatformEditionAccess Unchanged { get; } = new(PlatformEditionAccessKind.Unchanged, null);

    /// <summary>Fall back now.</summary>
    public static PlatformEditionAccess Fallback { get; } = new(PlatformEditionAccessKind.Fallback, null);

    /// <summary>The subscribed edition until <paramref name="endDateUtc"/>, or the fallback when that is not after <paramref name="now"/>.</summary>
    public static PlatformEditionAccess Until(DateTime endDateUtc, DateTime now) =>
        endDateUtc > now ? new(PlatformEditionAccessKind.Grant, DateTime.SpecifyKind(endDateUtc, DateTimeKind.Utc)) : Fallback;
}
