using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing;

/// <summary>The Billing module's constants, enums, money arithmetic, error codes, settings and distributed events.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class BillingDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(BillingErrorCodes.StripeNotConfigured, 503)
            .Map(BillingErrorCodes.StripeUnavailable, 503)
            .Map(BillingErrorCodes.StripeCustomerNotErased, 503)
            .Map(BillingErrorCodes.StripeNotConnected, 409)
            .Map(BillingErrorCodes.StripeAlreadyConnected, 409)
            .Map(BillingErrorCodes.StripeAccountNotFound, 400)
            .Map(BillingErrorCodes.StripeRequestFailed, 400)
            .Map(BillingErrorCodes.InvalidWebhookSignature, 400)
            .Map(BillingErrorCodes.InvalidWebhookBody, 400)
            .Map(BillingErrorCodes.WebhookTooLarge, 413)
            .Map(BillingErrorCodes.UnsupportedWebhookContentType, 415)
            .Map(BillingErrorCodes.NoSavedCard, 409)
            .Map(BillingErrorCodes.PaymentMethodNotFound, 404)
            .Map(BillingErrorCodes.UnknownCurrency, 400)
            .Map(BillingErrorCodes.InvalidAmount, 400)
            .Map(BillingErrorCodes.InvalidTaxRate, 400)
            .Map(BillingErrorCodes.InvalidPlan, 400)
            .Map(BillingErrorCodes.PlanReferenceNotFound, 400)
            .Map(BillingErrorCodes.UnknownPaymentProvider, 400)
            .Map(BillingErrorCodes.ReasonRequired, 400)
            .Map(BillingErrorCodes.InvalidReportRange, 400)
            .Map(BillingErrorCodes.MemberNotFound, 404)
            .Map(BillingErrorCodes.PlanInUse, 409)
            .Map(BillingErrorCodes.PlanArchived, 409)
            .Map(BillingErrorCodes.PlanAlreadyPurchased, 409)
            .Map(BillingErrorCodes.FirstUsePackPending, 409)
            .Map(BillingErrorCodes.NoEntitlement, 409)
            .Map(BillingErrorCodes.MemberInDebt, 409)
            .Map(BillingErrorCodes.InvalidMembershipStatus, 409)
            .Map(BillingErrorCodes.InvalidInvoiceStatus, 409)
            .Map(BillingErrorCodes.CurrencyLocked, 409)
            .Map(BillingErrorCodes.PaymentPending, 409)
            .Map(BillingErrorCodes.PaymentFailed, 402));
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(BillingFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, BillingFeatures.OnlinePayments, "false")
            .Set(EditionNames.Studio, BillingFeatures.OnlinePayments, "true")
            .Set(EditionNames.Pro, BillingFeatures.OnlinePayments, "true"));
        context.Services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(BillingSettingDefinitionProvider)));
        context.Services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<MembershipStatusChangedEto>().Add<InvoiceIssuedEto>().Add<InvoicePaidEto>().Add<CardPaymentFailedEto>().Add<CardChargeUpcomingEto>().Add<MembershipRenewalUpcomingEto>());
    }
}
