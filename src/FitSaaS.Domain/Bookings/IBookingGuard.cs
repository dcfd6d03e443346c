namespace FitSaaS.Bookings;

/// <summary>
/// An extension point other modules plug into Bookings (Billing: entitlements and debts; Forms: signed waivers), without
/// Bookings knowing them. Every registered guard (DI, <c>IEnumerable&lt;IBookingGuard&gt;</c>, in registration order) runs
/// <b>inside</b> the transaction of a booking, a waitlist promotion, a hold confirmation and a check-in, after Bookings'
/// own rules passed and while the session is locked: a guard refuses by throwing a
/// <see cref="FitSaaS.Framework.Exceptions.BusinessException"/> with its module's code (the whole operation is rolled
/// back; at a promotion the member is skipped for the next in line), or reserves something of its own in the same unit of
/// work (it commits or rolls back with the booking).
/// </summary>
public interface IBookingGuard
{
    /// <summary>Allows the operation by returning; refuses it by throwing a business exception.</summary>
    Task CheckAsync(BookingGuardContext context, CancellationToken cancellationToken = default);
}
