namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Classifies Stripe's decline codes (https://docs.stripe.com/declines/codes) as hard or soft (<see cref="DeclineKind"/>):
/// hard ones name a card that will not work again or a payment that needs the member.
/// </summary>
public static class StripeDeclines
{
    private static readonly HashSet<string> s_hard = new(StringComparer.Ordinal)
    {
        "authentication_required", "card_not_supported", "currency_not_supported", "do_not_try_again", "expired_card",
        "fraudulent", "incorrect_number", "invalid_account", "lost_card", "merchant_blacklist", "new_account_information_available",
        "pickup_card", "restricted_card", "revocation_of_all_authorizations", "revocation_of_authorization", "security_violation",
        "stolen_card", "stop_payment_order", "transaction_not_allowed",
    };

    /// <summary>The kind of a decline from its <paramref name="declineCode"/> (or, without one, Stripe's error <paramref name="code"/>).</summary>
    public static DeclineKind Classify(string? code, string? declineCode)
    {
        var reason = declineCode ?? code;
        if (string.IsNullOrEmpty(reason))
        {
            return DeclineKind.Soft;
        }

        return s_hard.Contains(reason) || s_hard.Contains(code ?? string.Empty) ? DeclineKind.Hard : DeclineKind.Soft;
    }
}
