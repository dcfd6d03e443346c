using System.Security.Cryptography;
using System.Text;

namespace FitSaaS.Testing.Stripe;

/// <summary>When a test card asks for 3-D Secure.</summary>
internal enum ThreeDSecure
{
    Never,

    /// <summary><c>pm_card_threeDSecure2Required</c>: every payment and setup.</summary>
    Always,

    /// <summary><c>pm_card_authenticationRequiredOnSetup</c> (4000 0025 0000 3155): setup and on-session payments; off-session payments succeed.</summary>
    OnSetup,
}

/// <summary>
/// A test payment method id as Stripe documents it (https://docs.stripe.com/testing): the card it stands for and how it
/// behaves. <see cref="EmulatorToken"/> is the emulator's token a successful charge is made with.
/// </summary>
internal sealed record TestCard(
    string TestId,
    string Brand,
    string Last4,
    string EmulatorToken,
    ThreeDSecure ThreeDSecure = ThreeDSecure.Never,
    string? ChargeDeclineCode = null,
    bool DeclinesOnSetup = false,
    string ErrorCode = "card_declined")
{
    private static readonly Dictionary<string, TestCard> s_cards = new TestCard[]
    {
        new("pm_card_visa", "visa", "4242", "tok_visa"),
        new("pm_card_mastercard", "mastercard", "4444", "tok_mastercard"),
        new("pm_card_amex", "amex", "8431", "tok_amex"),
        new("pm_card_threeDSecure2Required", "visa", "3220", "tok_visa", ThreeDSecure.Always),
        new("pm_card_authenticationRequiredOnSetup", "visa", "3155", "tok_visa", ThreeDSecure.OnSetup),
        new("pm_card_chargeCustomerFail", "visa", "0341", "tok_visa", ChargeDeclineCode: "generic_decline"),
        new("pm_card_chargeDeclined", "visa", "0002", "tok_visa", ChargeDeclineCode: "generic_decline", DeclinesOnSetup: true),
        new("pm_card_chargeDeclinedInsufficientFunds", "visa", "9995", "tok_visa", ChargeDeclineCode: "insufficient_funds", DeclinesOnSetup: true),
        new("pm_card_chargeDeclinedLostCard", "visa", "9987", "tok_visa", ChargeDeclineCode: "lost_card", DeclinesOnSetup: true),
        new("pm_card_chargeDeclinedStolenCard", "visa", "9979", "tok_visa", ChargeDeclineCode: "stolen_card", DeclinesOnSetup: true),
        new("pm_card_chargeDeclinedFraudulent", "visa", "0019", "tok_visa", ChargeDeclineCode: "fraudulent", DeclinesOnSetup: true),
        new("pm_card_chargeDeclinedExpiredCard", "visa", "0069", "tok_visa", ChargeDeclineCode: "expired_card", DeclinesOnSetup: true, ErrorCode: "expired_card"),
    }.ToDictionary(c => c.TestId, StringComparer.Ordinal);

    public static TestCard? Find(string id) => s_cards.GetValueOrDefault(id);

    /// <summary>The same card always has the same fingerprint, as in Stripe.</summary>
    public string Fingerprint => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(TestId)))
        .Replace("+", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal)[..16];

    /// <summary>The message Stripe gives with a decline code.</summary>
    public static string DeclineMessage(string declineCode) => declineCode switch
    {
        "insufficient_funds" => "Your card has insufficient funds.",
        "expired_card" => "Your card has expired.",
        "authentication_required" => "Your card was declined. This transaction requires authentication.",
        _ => "Your card was declined.",
    };
}
