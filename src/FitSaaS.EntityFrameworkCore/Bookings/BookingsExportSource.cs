using System.Globalization;
using System.Runtime.CompilerServices;
using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using static FitSaaS.Framework.PersonalData.MemberDataExportFormat;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <summary>
/// The <c>bookings</c> dataset of a gym's member data export: one row per booking (every status: booked, waitlisted,
/// attended, no-show, cancelled), by the session's start, then the booking's id. Columns, in order:
/// <list type="bullet">
/// <item><c>member_id</c>, <c>booking_id</c>, <c>session_id</c>, <c>class_type_id</c>, <c>location_id</c>: ids;
/// <c>class_type_name</c>, <c>location_name</c>: their current names (empty when gone).</item>
/// <item><c>session_starts_at</c>: the session's start (UTC instant); <c>duration_minutes</c>: its length in minutes;
/// <c>session_cancelled_at</c>: when staff cancelled the session (UTC), empty otherwise.</item>
/// <item><c>status</c> (<see cref="BookingStatus"/> name); <c>waitlist_position</c>: 1 = next, while waitlisted.</item>
/// <item><c>booked_at</c>, <c>promoted_at</c> (from the waitlist), <c>checked_in_at</c>, <c>no_show_at</c>,
/// <c>cancelled_at</c>: UTC instants, empty when it did not happen.</item>
/// <item><c>booked_by_staff</c>, <c>cancelled_by_staff</c>: <c>true</c> or <c>false</c>.</item>
/// </list>
/// Staff's free-text reasons are not exported. Reads the current tenant's rows through the global filters (tenant, soft delete).
/// </summary>
public sealed class BookingsExportSource(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IMemberDataExportSource, ITransientDependency
{
    private static readonly string[] ColumnNames =
    [
        "member_id", "booking_id", "session_id", "class_type_id", "class_type_name", "location_id", "location_name",
        "session_starts_at", "duration_minutes", "session_cancelled_at", "status", "waitlist_position", "booked_at", "booked_by_staff",
        "promoted_at", "checked_in_at", "no_show_at", "cancelled_at", "cancelled_by_staff",
    ];

    /// <inheritdoc/>
    public string Dataset => "bookings";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns => ColumnNames;

    /// <inheritdoc/>
    public async IAsyncEnumerable<string?[]> ReadAsync(Guid? memberId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var bookings = db.Set<Booking>().AsNoTracking();
        if (memberId is { } member)
        {
            bookings = bookings.Where(b => b.MemberId == member);
        }

        var rows =
            from b in bookings
            join s in db.Set<ClassSession>().AsNoTracking() on b.ClassSessionId equals s.Id into sessions
            from s in sessions.DefaultIfEmpty()
            join t in db.Set<ClassType>().AsNoTracking() on s.ClassTypeId equals t.Id into types
            from t in types.DefaultIfEmpty()
            join l in db.Set<Location>().AsNoTracking() on s.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            orderby b.SessionStartsAtUtc, b.Id
            select new
            {
                b.MemberId,
                b.Id,
                b.ClassSessionId,
                ClassTypeId = s == null ? (Guid?)null : s.ClassTypeId,
                ClassTypeName = t == null ? null : t.Name,
                LocationId = s == null ? (Guid?)null : s.LocationId,
                LocationName = l == null ? null : l.Name,
                b.SessionStartsAtUtc,
                DurationMinutes = s == null ? (int?)null : s.DurationMinutes,
                SessionCancelledAt = s == null ? null : s.CancelledAtUtc,
                b.Status,
                b.WaitlistPosition,
                b.BookedAtUtc,
                b.BookedByStaff,
                b.PromotedAtUtc,
                b.CheckedInAtUtc,
                b.NoShowAtUtc,
                b.CancelledAtUtc,
                b.CancelledByStaff,
            };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                Id(r.MemberId), Id(r.Id), Id(r.ClassSessionId), r.ClassTypeId is { } typeId ? Id(typeId) : null, r.ClassTypeName,
                r.LocationId is { } locationId ? Id(locationId) : null, r.LocationName, Instant(r.SessionStartsAtUtc),
                r.DurationMinutes?.ToString(CultureInfo.InvariantCulture), Instant(r.SessionCancelledAt), r.Status.ToString(),
                r.WaitlistPosition?.ToString(CultureInfo.InvariantCulture), Instant(r.BookedAtUtc), Bool(r.BookedByStaff),
                Instant(r.PromotedAtUtc), Instant(r.CheckedInAtUtc), Instant(r.NoShowAtUtc), Instant(r.CancelledAtUtc), Bool(r.CancelledByStaff),
            ];
        }
    }
}
