using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing;

/// <summary>Defines the Billing settings (tenant and global levels).</summary>
public sealed class BillingSettingDefinitionProvider : SettingDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(
            Tenant(BillingSettingNames.Currency, "USD", "Currency (ISO 4217)", visible: true),
            Tenant(BillingSettingNames.InvoiceDueDays, "3", "Invoices due after (days)"),
            Tenant(BillingSettingNames.GraceDays, "7", "Past due before debt (days)"),
            Tenant(BillingSettingNames.DunningRetryDays, "1,3,5,7", "Card retries after the first failure (days)"),
            Tenant(BillingSettingNames.RenewalReminderDays, "3", "Renewal reminder before the charge (days, 0 = off)"),
            Tenant(BillingSettingNames.DunningFinalAction, "Debt", "After the last failed card retry: Debt or Cancel"),
            Tenant(BillingSettingNames.PayToBookLateAction, "Waitlist", "Pay-to-book paid after the hold expired: Waitlist or Refund"),
            Tenant(BillingSettingNames.FreezeMaxDays, "90", "Longest freeze (days)", visible: true),
            Tenant(BillingSettingNames.FreezeMinNoticeDays, "0", "Freeze notice (days)", visible: true),
            Tenant(BillingSettingNames.CancellationNoticeDays, "30", "Cancellation notice (days)", visible: true),
            Tenant(BillingSettingNames.LateCancelFee, "0", "Late-cancellation fee on unlimited plans (minor units)", visible: true),
            Tenant(BillingSettingNames.NoShowFee, "0", "No-show fee on unlimited plans (minor units)", visible: true),
            Tenant(BillingSettingNames.InvoiceNumberPrefix, "INV-", "Invoice number prefix"),
            Tenant(BillingSettingNames.CreditNoteNumberPrefix, "CN-", "Credit note number prefix"));
    }

    private static SettingDefinition Tenant(string name, string defaultValue, string displayName, bool visible = false) =>
        new(name, defaultValue, displayName, isVisibleToClients: visible, providers: [SettingProviderNames.Tenant, SettingProviderNames.Global]);
}
