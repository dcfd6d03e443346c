using System.Text;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace FitSaaS.Billing;

/// <summary>
/// Stripe's webhook endpoint, <c>POST /api/billing/stripe/webhooks</c>, for both the platform's events and the connected
/// accounts' (Connect) events: anonymous — the <c>Stripe-Signature</c> header, checked on the raw body, is the
/// authentication (<see cref="StripeWebhookProcessor"/>). 200 with the outcome for every verified event, applied once or not
/// at all (a duplicate, an unknown type, another account); 400 <c>Billing:InvalidWebhookSignature</c> when it does not
/// verify or the body is larger than <see cref="MaxBodyBytes"/> (refused before it is read).
/// </summary>
internal static class StripeWebhookEndpoints
{
    /// <summary>The route.</summary>
    public const string Path = "/api/billing/stripe/webhooks";

    /// <summary>The OpenAPI tag of the endpoint.</summary>
    public const string OpenApiTag = "StripeWebhooks";

    /// <summary>The tag's description.</summary>
    public const string OpenApiTagDescription =
        "Stripe's webhook endpoint (platform and Connect events): authenticated by the Stripe-Signature header on the raw body, each event applied exactly once.";

    /// <summary>Largest body accepted (Stripe's events are a few kilobytes).</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().WithTags(OpenApiTag)
            .WithName("StripeWebhooks_Receive")
            .WithSummary("Receives a Stripe event (platform or Connect), verified by its Stripe-Signature header and applied exactly once.")
            .Accepts<string>("application/json")
            .Produces<StripeWebhookAnswer>(StatusCodes.Status200OK)
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, BillingErrorCodes.InvalidWebhookSignature);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, [FromHeader(Name = "Stripe-Signature")] string? signature, [FromServices] StripeWebhookProcessor processor)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            throw new BusinessException(BillingErrorCodes.InvalidWebhookSignature, "The event is larger than any Stripe event.").WithData("reason", "too large");
        }

        // The exact bytes received: the signature covers them, not a re-serialisation (DOMAIN.md §3.5).
        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body, new UTF8Encoding(false, true));
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (DecoderFallbackException ex)
        {
            throw new BusinessException(BillingErrorCodes.InvalidWebhookSignature, "The event is not UTF-8.", ex).WithData("reason", "malformed");
        }

        var (outcome, eventId, eventType) = await processor.ProcessAsync(body, signature, context.RequestAborted);
        return Results.Ok(new StripeWebhookAnswer(eventId, eventType, outcome.ToString()));
    }
}
