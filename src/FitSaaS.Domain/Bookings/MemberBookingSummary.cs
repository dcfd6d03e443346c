using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Guids;
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

/// <summary>Repository of <see cref="MemberBookingSummary"/>.</summary>
public interface IMemberBookingSummaryRepository : IRepository<MemberBookingSummary, Guid>
{
    /// <summary>The member's summary in the current tenant, or null.</summary>
    Task<MemberBookingSummary?> FindByMemberAsync(Guid memberUserId, CancellationToken cancellationToken = default);
}

/// <summary>
/// Handles <see cref="BookingConfirmedEto"/>: counts the booking in the member's <see cref="MemberBookingSummary"/>. Runs in the
/// event's tenant and unit of work (with the inbox row); two events of one member handled at the same moment conflict on the
/// summary's concurrency stamp (or its unique key), and the loser is retried by the bus.
/// </summary>
public sealed class MemberBookingSummaryUpdater(IMemberBookingSummaryRepository summaries, IGuidGenerator guidGenerator, ICurrentTenant currentTenant)
    : IDistributedEventHandler<BookingConfirmedEto>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(BookingConfirmedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var summary = await summaries.FindByMemberAsync(eventData.MemberUserId, cancellationToken);
        if (summary is null)
        {
            summary = new MemberBookingSummary(guidGenerator.Create(), currentTenant.Id, eventData.MemberUserId);
            summary.CountConfirmed(eventData.BookingId, eventData.SessionStartsAtUtc, eventData.WasPromoted);
            await summaries.InsertAsync(summary, autoSave: false, cancellationToken);
            return;
        }

        summary.CountConfirmed(eventData.BookingId, eventData.SessionStartsAtUtc, eventData.WasPromoted);
        await summaries.UpdateAsync(summary, autoSave: false, cancellationToken);
    }
}
