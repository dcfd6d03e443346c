using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

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
