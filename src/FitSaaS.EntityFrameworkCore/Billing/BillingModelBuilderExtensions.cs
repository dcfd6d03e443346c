using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>Maps the Billing module's entities.</summary>
public static class BillingModelBuilderExtensions
{
    /// <summary>Applies the Billing module's entity configurations.</summary>
    public static void ConfigureBilling(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new PlanConfiguration());
        modelBuilder.ApplyConfiguration(new MembershipConfiguration());
        modelBuilder.ApplyConfiguration(new MembershipFreezeConfiguration());
        modelBuilder.ApplyConfiguration(new EntitlementConfiguration());
        modelBuilder.ApplyConfiguration(new EntitlementLedgerEntryConfiguration());
        modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
        modelBuilder.ApplyConfiguration(new InvoiceLineConfiguration());
        modelBuilder.ApplyConfiguration(new CreditNoteConfiguration());
        modelBuilder.ApplyConfiguration(new PaymentConfiguration());
        modelBuilder.ApplyConfiguration(new PaymentRefundConfiguration());
        modelBuilder.ApplyConfiguration(new BillingSequenceConfiguration());
        modelBuilder.ApplyConfiguration(new StripeConnectionConfiguration());
        modelBuilder.ApplyConfiguration(new StripeCustomerConfiguration());
        modelBuilder.ApplyConfiguration(new CardSetupConfiguration());
        modelBuilder.ApplyConfiguration(new StripeWebhookEventConfiguration());
        modelBuilder.ApplyConfiguration(new OnlinePaymentConfiguration());
        modelBuilder.ApplyConfiguration(new CardCollectionConfiguration());
        modelBuilder.ApplyConfiguration(new PaymentDisputeConfiguration());
    }
}
