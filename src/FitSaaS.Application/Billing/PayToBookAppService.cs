using FitSaaS.Billing.Stripe;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Uow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IPayToBookAppService"/>
[Authorize(BillingPermissions.Invoices.Default)]
[RequiresFeature(BillingFeatures.OnlinePayments)]
public sealed class PayToBookAppService(
    StripeConnectionManager connections,
    OnlinePaymentManager onlinePayments,
    IServiceScopeFactory scopeFactory,
    BillingAccess access) : ApplicationService, IPayToBookAppService
{
    /// <inheritdoc/>
    [UnitOfWork(IsDisabled = true)] // the sale and the hold commit first; then the payment (OnlinePaymentManager)
    public async Task<PayToBookResultDto> CreateAsync(PayToBookDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = access.CurrentUserId();
        await connections.GetChargeableAccountIdAsync();
        var (membershipId, invoiceId, bookingId) = await scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = true }, async (services, ct) =>
        {
            var (membership, invoice, booking) = await services.GetRequiredService<PayToBookManager>().StartAsync(memberId, input.ClassSessionId, input.PlanId, access.Now(), ct);
            return (membership.Id, invoice.Id, booking.Id);
        });
        var (payment, clientSecret) = await onlinePayments.PayAsync(invoiceId, input.PaymentMethodId, offSession: false, bookingId);
        var booking = await scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = false },
            (services, ct) => services.GetRequiredService<IBookingRepository>().GetAsync(bookingId, ct));
        return new PayToBookResultDto
        {
            BookingId = booking.Id,
            BookingStatus = booking.Status,
            HoldExpiresAtUtc = booking.HoldExpiresAtUtc,
            MembershipId = membershipId,
            InvoiceId = invoiceId,
            Payment = payment.ToDto(clientSecret),
        };
    }
}
