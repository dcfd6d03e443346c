namespace FitSaaS.Billing;

/// <summary>Setting names of the Billing module (tenant and global levels; defaults in <see cref="BillingSettingDefinitionProvider"/>).</summary>
public static class BillingSettingNames
{
    /// <summary>Prefix.</summary>
    public const string Prefix = "Billing.";

    /// <summary>The tenant's ISO 4217 currency (default <c>USD</c>); every plan, invoice and payment of the tenant is in it.</summary>
    public const string Currency = Prefix + "Currency";

    /// <summary>Days after issue an invoice is due (default 3); unpaid after that, its membership is past due.</summary>
    public const string InvoiceDueDays = Prefix + "InvoiceDueDays";

    /// <summary>Days a membership stays past due before it is in debt and booking is refused (default 7; DOMAIN.md §2.14 graceAccessDays).</summary>
    public const string GraceDays = Prefix + "GraceDays";

    /// <summary>Longest freeze, in days (default 90; DOMAIN.md §2.12).</summary>
    public const string FreezeMaxDays = Prefix + "FreezeMaxDays";

    /// <summary>Days of notice a member's freeze needs (default 0: from today); staff are not bound by it.</summary>
    public const string FreezeMinNoticeDays = Prefix + "FreezeMinNoticeDays";

    /// <summary>Days of notice a cancellation takes (default 30): <c>effectiveAt = max(now + notice, minimum term end)</c>.</summary>
    public const string CancellationNoticeDays = Prefix + "CancellationNoticeDays";

    /// <summary>Fee, in minor units, for a late cancellation on an unlimited plan (default 0 = none; DOMAIN.md §2.15).</summary>
    public const string LateCancelFee = Prefix + "LateCancelFee";

    /// <summary>Fee, in minor units, for a no-show on an unlimited plan (default 0 = none; DOMAIN.md §2.15).</summary>
    public const string NoShowFee = Prefix + "NoShowFee";

    /// <summary>Text before an invoice's sequence number (default <c>INV-</c>): <c>INV-000042</c>.</summary>
    public const string InvoiceNumberPrefix = Prefix + "InvoiceNumberPrefix";

    /// <summary>Text before a credit note's sequence number (default <c>CN-</c>).</summary>
    public const string CreditNoteNumberPrefix = Prefix + "CreditNoteNumberPrefix";

    /// <summary>
    /// Days after a saved card's first failed charge on which it is charged again (comma-separated, ascending; default
    /// <c>1,3,5,7</c>, DOMAIN.md §2.14). Soft declines only; a hard decline stops the retries.
    /// </summary>
    public const string DunningRetryDays = Prefix + "DunningRetryDays";

    /// <summary>
    /// Days before a recurring membership renews on which the member is reminded of the coming charge (default <c>3</c>;
    /// <c>0</c> turns the reminders off; at most 28): <c>Billing.MembershipRenewalUpcoming.v1</c>, once per period.
    /// </summary>
    public const string RenewalReminderDays = Prefix + "RenewalReminderDays";

    /// <summary>What happens after the last retry failed (or a hard decline): <c>Debt</c> (default: the membership is in debt at once) or <c>Cancel</c> (cancelled at once).</summary>
    public const string DunningFinalAction = Prefix + "DunningFinalAction";

    /// <summary>
    /// Pay-to-book: what happens when the payment succeeds after the held seat expired (DOMAIN.md §2.2): <c>Waitlist</c>
    /// (default: the member, who now holds the entitlement, is booked again — a seat if one is free, the waitlist otherwise)
    /// or <c>Refund</c> (the payment is refunded and the purchase cancelled). Never overbooks.
    /// </summary>
    public const string PayToBookLateAction = Prefix + "PayToBookLateAction";
}
