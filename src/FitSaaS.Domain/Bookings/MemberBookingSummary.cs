using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// A member's booking record in a tenant (table <c>MemberBookingSummaries</c>, one row per member): how many seats they
/// have been confirmed in (booked or promoted; cancellations do not count down, it is a lifetime tally for loyalty
/// milestones) and the latest session they hold a seat in. Kept by <see cref="MemberBookingSummaryUpdater"/> from
/// <see cref="BookingConfirmedEto"/>, so it is eventually consistent and each event counts once (inbox).
/// </summary>
public sealed class MemberBookingSummary : AggregateRoot<Guid>, IMultiTenant
{
    private MemberBookingSummary()
    {
    }

    /// <summary>A member's first summary, with no bookings yet.</summary>
    public MemberBookingSummary(Guid id, Guid? tenantId, Guid memberUserId)
        : base(id)
    {
        TenantId = tenantId;
        MemberUserId = memberUserId;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberUserId { get; private set; }

    /// <summary>Seats confirmed so far (direct bookings and waitlist promotions).</summary>
    public int ConfirmedBookingCount { get; private set; }

    /// <summary>Of those, the ones that came from the waitlist.</summary>
    public int PromotedBookingCount { get; private set; }

    /// <summary>The latest start (UTC) of a session the member was confirmed in, or null.</summary>
    public DateTime? LatestSessionStartsAtUtc { get; private set; }

    /// <summary>The last confirmed booking counted.</summary>
    public Guid? LastBookingId { get; private set; }

    /// <summary>Counts one confirmed booking.</summary>
    public void CountConfirmed(Guid bookingId, DateTime sessionStartsAtUtc, bool wasPromoted)
    {
        ConfirmedBookingCount++;
        if (wasPromoted)
        {
            PromotedBookingCount++;
        }

        if (LatestSessionStartsAtUtc is null || sessionStartsAtUtc > LatestSessionStartsAtUtc)
        {
            LatestSessionStartsAtUtc = sessionStartsAtUtc;
        }

        LastBookingId = bookingId;
    }
}
