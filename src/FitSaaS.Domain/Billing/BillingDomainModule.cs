using FitSaaS.Bookings;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing;

/// <summary>
/// The Billing module's aggregates (plans, memberships, entitlements and their ledger, invoices, payments, credit notes),
/// domain services, the booking guard that plugs it into Bookings (<see cref="BillingBookingGuard"/>), and the membership
/// lifecycle job, and online payments through Stripe. Requires Bookings (its guard, sessions and booking events are what
/// entitlements are for) and Identity (a member's Stripe Customer carries their name and e-mail, follows the user's changes
/// and goes with the user: <see cref="Stripe.StripeCustomerSyncHandler"/> consumes Identity's user events).
/// </summary>
[DependsOn(typeof(BillingDomainSharedModule), typeof(BookingsDomainModule), typeof(Identity.IdentityDomainModule))]
public sealed class BillingDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddBackgroundJob<MembershipLifecycleJob, MembershipLifecycleArgs>();
        context.Services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<Identity.IdentityUserChangedEto>().Add<Identity.IdentityUserDeletedEto>());
        context.Services.AddBackgroundJob<Stripe.CardCollectionJob, Stripe.CardCollectionArgs>();
        context.Services.AddRecurringJob(
            Stripe.CardCollectionJob.ScheduleName, context.Configuration["Billing:CardCollectionCron"] ?? Stripe.CardCollectionJob.DefaultCron, new Stripe.CardCollectionArgs(), forEveryTenant: true);
        context.Services.AddOptions<Stripe.StripeOptions>().BindConfiguration(Stripe.StripeOptions.SectionName);
        context.Services.AddHttpClient(Stripe.StripeClientProvider.HttpClientName);
        context.Services.AddRecurringJob(
            MembershipLifecycleJob.ScheduleName, context.Configuration["Billing:LifecycleCron"] ?? MembershipLifecycleJob.DefaultCron, new MembershipLifecycleArgs(), forEveryTenant: true);
    }
}
