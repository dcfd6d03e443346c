using FitSaaS.Framework.Exceptions;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Checks a webhook's <c>Stripe-Signature</c> (DOMAIN.md §3.5) with Stripe.net's <see cref="EventUtility"/>: an HMAC-SHA256
/// <c>v1</c> signature of <c>t + "." + body</c> — the exact bytes received — with the Connect or the platform endpoint's
/// secret (<see cref="StripeOptions.ConnectWebhookSecret"/>, <see cref="StripeOptions.WebhookSecret"/>; any <c>v1</c> entry may
/// match while a secret is rolled, <c>v0</c> is ignored), compared in constant time, and <c>t</c> within
/// <see cref="StripeOptions.WebhookToleranceSeconds"/> of the injected clock.
/// </summary>
public sealed class StripeWebhookVerifier(IOptions<StripeOptions> options, TimeProvider clock) : FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>The event, when the signature verifies.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.InvalidWebhookSignature"/> (data <c>reason</c>: <c>missing</c>, <c>malformed</c>,
    /// <c>mismatch</c>, <c>outside the tolerance</c>, <c>no endpoint secret is configured</c>).
    /// </exception>
    public Event Verify(string body, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw InvalidSignature("missing");
        }

        var settings = options.Value;
        var secrets = new[] { settings.ConnectWebhookSecret, settings.WebhookSecret }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (secrets.Count == 0)
        {
            throw InvalidSignature("no endpoint secret is configured");
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        string reason = "mismatch";
        foreach (var secret in secrets)
        {
            try
            {
                return EventUtility.ConstructEvent(body, signatureHeader, secret, Math.Max(1, settings.WebhookToleranceSeconds), now, throwOnApiVersionMismatch: false);
            }
            catch (StripeException ex)
            {
                reason = ex.Message.Contains("timestamp", StringComparison.OrdinalIgnoreCase) ? "outside the tolerance" : "mismatch";
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw InvalidSignature("malformed");
            }
        }

        throw InvalidSignature(reason);
    }

    private static BusinessException InvalidSignature(string reason) =>
        new BusinessException(BillingErrorCodes.InvalidWebhookSignature, "The Stripe-Signature header does not verify this body.").WithData("reason", reason);
}
