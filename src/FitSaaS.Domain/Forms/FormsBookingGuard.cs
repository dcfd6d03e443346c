using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Forms;

/// <summary>
/// Forms' <see cref="IBookingGuard"/>: a booking, a waitlist promotion or a confirmed hold needs the documents gating
/// <see cref="LegalDocumentGates.Booking"/>, a check-in those gating <see cref="LegalDocumentGates.CheckIn"/>, of the session's class
/// type and location (or all members) signed (<see cref="FormsErrorCodes.DocumentsToSign"/>).
/// </summary>
public sealed class FormsBookingGuard(LegalRequirementChecker checker) : IBookingGuard, ITransientDependency
{
    /// <inheritdoc/>
    public Task CheckAsync(BookingGuardContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var gate = context.Operation == BookingOperation.CheckIn ? LegalDocumentGates.CheckIn : LegalDocumentGates.Booking;
        return checker.EnsureSignedAsync(
            context.MemberId, new LegalTarget(gate, context.Session.ClassTypeId, null, context.Session.LocationId), context.Now, cancellationToken);
    }
}
