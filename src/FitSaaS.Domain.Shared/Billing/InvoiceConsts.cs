namespace FitSaaS.Billing;

/// <summary>Limits of invoices, payments and their texts (DTO validation and database columns).</summary>
public static class InvoiceConsts
{
    /// <summary>Maximum length of an invoice or credit-note number (prefix included).</summary>
    public const int MaxNumberLength = 32;

    /// <summary>Maximum length of a number prefix.</summary>
    public const int MaxNumberPrefixLength = 16;

    /// <summary>Maximum length of a line's description.</summary>
    public const int MaxLineDescriptionLength = 256;

    /// <summary>Maximum length of a reason (void, waive, write-off, refund).</summary>
    public const int MaxReasonLength = 512;

    /// <summary>Maximum length of a payment's external reference (terminal slip, transfer reference).</summary>
    public const int MaxReferenceLength = 128;

    /// <summary>Maximum length of an idempotency source key (<c>membership:{id}:period:3</c>).</summary>
    public const int MaxSourceKeyLength = 128;

    /// <summary>Maximum length of a payment provider's name.</summary>
    public const int MaxProviderLength = 32;
}
