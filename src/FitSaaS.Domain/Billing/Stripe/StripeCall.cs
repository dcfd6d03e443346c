using System.Net;
using FitSaaS.Framework.Exceptions;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Runs a Stripe.net call and turns Stripe's failures into FitSaaS's problems (DOMAIN.md §3.3): a network failure, a rate
/// limit or a 5xx is <see cref="BillingErrorCodes.StripeUnavailable"/> (Stripe.net already retried it with the same
/// idempotency key); any other refusal is <see cref="BillingErrorCodes.StripeRequestFailed"/> with Stripe's code. Card
/// errors are the caller's to read (<see cref="IsCardError"/>).
/// </summary>
public static class StripeCall
{
    /// <summary>Runs <paramref name="call"/>.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeUnavailable"/>, <see cref="BillingErrorCodes.StripeRequestFailed"/>.</exception>
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (StripeException ex) when (!IsCardError(ex))
        {
            throw Translate(ex);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable(ex);
        }
    }

    /// <summary>Whether Stripe declined a card (a <c>card_error</c>): the error carries the decline and the intent.</summary>
    public static bool IsCardError(StripeException exception) =>
        exception?.StripeError?.Type == "card_error" || exception?.HttpStatusCode == HttpStatusCode.PaymentRequired;

    /// <summary>Whether Stripe answered "no such object" (<c>resource_missing</c>).</summary>
    public static bool IsMissing(StripeException exception) =>
        exception?.HttpStatusCode == HttpStatusCode.NotFound || exception?.StripeError?.Code == "resource_missing";

    /// <summary>The problem for a refusal that is not a card error.</summary>
    public static BusinessException Translate(StripeException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = (int)exception.HttpStatusCode;
        if (status == 429 || status >= 500 || status == 0)
        {
            return Unavailable(exception);
        }

        return new BusinessException(BillingErrorCodes.StripeRequestFailed, $"Stripe refused the request: {exception.StripeError?.Message ?? exception.Message}", exception)
            .WithData("stripeCode", exception.StripeError?.Code)
            .WithData("stripeType", exception.StripeError?.Type);
    }

    private static BusinessException Unavailable(Exception inner) =>
        new(BillingErrorCodes.StripeUnavailable, "Stripe could not be reached; nothing was recorded. Try again.", inner);
}
