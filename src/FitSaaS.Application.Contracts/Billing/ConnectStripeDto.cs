using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Connects the gym to Stripe: an existing connected account, or a new Standard account.</summary>
public sealed class ConnectStripeDto
{
    /// <summary>An account already connected to the platform (<c>acct_…</c>); null creates a new Standard account for the gym.</summary>
    [StringLength(255)]
    [RegularExpression("^acct_[A-Za-z0-9]+$")]
    public string? AccountId { get; init; }

    /// <summary>The new account's e-mail (when creating one).</summary>
    [EmailAddress]
    [StringLength(256)]
    public string? Email { get; init; }

    /// <summary>The new account's country, ISO 3166-1 alpha-2 (when creating one; Stripe's default otherwise).</summary>
    [RegularExpression("^[A-Z]{2}$")]
    public string? Country { get; init; }
}
