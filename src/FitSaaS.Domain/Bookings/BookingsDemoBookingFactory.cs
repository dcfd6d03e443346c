using FitSaaS.Framework.Guids;

namespace FitSaaS.Bookings;

/// <summary>
/// Makes the demo bookings of one session for <see cref="BookingsDemoDataSeedContributor"/> with the lifecycle's own
/// transitions (<see cref="Booking"/>'s factories and transitions, <see cref="ClassSession"/>'s seat and waitlist counts),
/// so the session's counts always equal its bookings and it is never overbooked. Demand follows the local hour: early
/// mornings and evenings run full (a waitlist forms on the smaller classes), lunchtime and weekend mornings about half full.
/// In the past, about 7% of the seats are cancelled in time and 4% late (each freed seat goes to the head of the waitlist),
/// about 8% of the remaining seats are no-shows and the rest checked in. Deterministic for a given <see cref="Random"/> and
/// order of calls. The bookings' events are left for the caller to clear.
/// </summary>
internal sealed class BookingsDemoBookingFactory(Random random, IReadOnlyList<Guid> members, Guid? tenantId, IGuidGenerator guids)
{
    private const double CancelledRate = 0.07;
    private const double LateCancelledRate = 0.04;
    private const double NoShowRate = 0.08;
    private const double StaffCheckInRate = 0.3;

    // The booking sweep's default no-show grace after the end (setting Bookings.NoShowGraceMinutes).
    private static readonly TimeSpan s_noShowGrace = TimeSpan.FromMinutes(120);

    /// <summary>
    /// The bookings of a session that has started by <paramref name="now"/>: booked 2 to 7 days ahead, then cancellations
    /// (with promotions from the waitlist), then check-ins and no-shows. No-shows only once the sweep would have marked them
    /// (<paramref name="now"/> is past the end plus the grace); until then those bookings stay confirmed.
    /// </summary>
    public List<Booking> CreatePast(ClassSession session, int localHour, DateTime now)
    {
        var start = session.StartsAtUtc;
        var bookings = Book(session, Demand(session.Capacity, localHour, 1), start.AddDays(-7), start.AddDays(-2));

        // Cancellations happen after every booking was made (at most 36 hours ahead), so the waitlist was there to promote.
        var cancellations = new List<(Booking Booking, DateTime At, bool Late)>();
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.Confirmed).ToList())
        {
            var roll = random.NextDouble();
            if (roll < CancelledRate)
            {
                cancellations.Add((booking, start.AddMinutes(-random.Next(13 * 60, 36 * 60)), false));
            }
            else if (roll < CancelledRate + LateCancelledRate)
            {
                cancellations.Add((booking, start.AddMinutes(-random.Next(30, 8 * 60)), true));
            }
        }

        foreach (var (booking, at, late) in cancellations.OrderBy(c => c.At))
        {
            booking.Cancel(at, late);
            session.ReleaseSeat();
            PromoteHeadOfWaitlist(session, bookings, at);
        }

        // Members still waitlisted at the start stay so, as they would (nobody walked in).
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.Confirmed).OrderBy(b => b.BookedAtUtc))
        {
            if (random.NextDouble() < NoShowRate)
            {
                var markedAt = session.EndsAtUtc + s_noShowGrace;
                if (markedAt <= now)
                {
                    booking.MarkNoShow(markedAt);
                }
            }
            else
            {
                booking.CheckIn(start.AddMinutes(-random.Next(0, 25)), byStaff: random.NextDouble() < StaffCheckInRate);
            }
        }

        return bookings;
    }

    /// <summary>
    /// Confirmed bookings of a session ahead, booked in the last 4 days: fewer the further ahead it is (<paramref name="daysAhead"/>);
    /// when <paramref name="waitlisted"/> is above zero, the session is filled and that many more members wait.
    /// </summary>
    public List<Booking> CreateUpcoming(ClassSession session, int localHour, double daysAhead, DateTime now, int waitlisted = 0)
    {
        var count = waitlisted > 0
            ? Math.Min(session.Capacity + waitlisted, members.Count)
            : Demand(session.Capacity, localHour, Math.Max(0.2, 0.75 - (0.08 * daysAhead)));
        return Book(session, count, now.AddDays(-4), now.AddMinutes(-5));
    }

    // Members in random order book at random times in [from, to): seats first come, first served, then the waitlist.
    private List<Booking> Book(ClassSession session, int count, DateTime from, DateTime to)
    {
        var picked = members.ToArray();
        random.Shuffle(picked);
        var span = (to - from).TotalMinutes;
        var requests = picked.Take(count).Select(member => (Member: member, At: from.AddMinutes(Math.Floor(random.NextDouble() * span)))).OrderBy(r => r.At);
        var bookings = new List<Booking>();
        foreach (var (member, at) in requests)
        {
            if (session.HasFreeSeat)
            {
                session.TakeSeat();
                bookings.Add(Booking.CreateConfirmed(guids.Create(), tenantId, session.Id, session.StartsAtUtc, member, at));
            }
            else
            {
                bookings.Add(Booking.CreateWaitlisted(guids.Create(), tenantId, session.Id, session.StartsAtUtc, member, session.JoinWaitlist(), at));
            }
        }

        return bookings;
    }

    private static void PromoteHeadOfWaitlist(ClassSession session, List<Booking> bookings, DateTime now)
    {
        var waitlist = bookings.Where(b => b.Status == BookingStatus.Waitlisted).OrderBy(b => b.WaitlistPosition).ToList();
        if (waitlist.Count == 0)
        {
            return;
        }

        waitlist[0].Promote(now);
        session.PromoteFromWaitlist();
        for (var i = 1; i < waitlist.Count; i++)
        {
            waitlist[i].MoveToWaitlistPosition(i);
        }
    }

    // Members asking for the session: a share of its capacity that depends on the local hour, times scale.
    private int Demand(int capacity, int localHour, double scale)
    {
        var (low, high) = localHour switch
        {
            < 8 => (0.85, 1.25),
            >= 17 => (0.8, 1.2),
            >= 11 and < 14 => (0.45, 0.75),
            _ => (0.3, 0.6),
        };
        var share = low + (random.NextDouble() * (high - low));
        return Math.Clamp((int)Math.Round(capacity * share * scale), 0, members.Count);
    }
}
