using FitSaaS.Bookings;

namespace FitSaaS.Billing;

/// <summary>
/// Billing's <see cref="IBookingGuard"/>: a booking, promotion, confirmed hold or walk-in needs an entitlement, checked and
/// taken in the booking's own transaction (<see cref="EntitlementManager.CheckBookingAsync"/>). A refusal rolls the booking
/// back (at a promotion, the member is skipped for the next in line).
/// </summary>
public sealed class BillingBookingGuard(EntitlementManager entitlements) : IBookingGuard, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public Task CheckAsync(BookingGuardContext context, CancellationToken cancellationToken = default) =>
        entitlements.CheckBookingAsync(context, cancellationToken);
}
