using System.Text;
using System.Text.Json;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace FitSaaS.Billing;

/// <summary>
/// Stripe's webhook endpoint, <c>POST /api/billing/stripe/webhooks</c>, for both the platform's events and the connected
/// accounts' (Connect) events: anonymous — the <c>Stripe-Signature</c> header, checked on the raw body, is the
/// authentication (<see cref="StripeWebhookProcessor"/>). 200 with the outcome for every verified event, applied once or not
/// at all (a duplicate, an unknown type, another account). Refused, with a problem details carrying its <c>code</c> and
/// nothing applied: 415 <c>Billing:UnsupportedWebhookContentType</c> (not <c>application/json</c>, checked first), 413
/// <c>Billing:WebhookTooLarge</c> (over <see cref="MaxBodyBytes"/>: by Content-Length before reading, or while reading a
/// chunked body), 400 <c>Billing:InvalidWebhookBody</c> (empty, not UTF-8, not a JSON object), 400
/// <c>Billing:InvalidWebhookSignature</c> (the signature does not verify).
/// </summary>
internal static class StripeWebhookEndpoints
{
    /// <summary>The route.</summary>
    public const string Path = "/api/billing/stripe/webhooks";

    /// <summary>The endpoint's name (its OpenAPI operation id).</summary>
    public const string OperationId = "StripeWebhooks_Receive";

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
            .WithName(OperationId)
            .WithSummary("Receives a Stripe event (platform or Connect), verified by its Stripe-Signature header and applied exactly once.")
            // No Accepts(…): routing would refuse another content type with a bare 415; the body is documented by StripeWebhookRequestBodyFilter.
            .Produces<StripeWebhookAnswer>(StatusCodes.Status200OK)
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, BillingErrorCodes.InvalidWebhookSignature, BillingErrorCodes.InvalidWebhookBody)
            .ProducesProblemCodes(StatusCodes.Status413PayloadTooLarge, BillingErrorCodes.WebhookTooLarge)
            .ProducesProblemCodes(StatusCodes.Status415UnsupportedMediaType, BillingErrorCodes.UnsupportedWebhookContentType);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, [FromHeader(Name = "Stripe-Signature")] string? signature, [FromServices] StripeWebhookProcessor processor)
    {
        var contentType = context.Request.ContentType;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessException(BillingErrorCodes.UnsupportedWebhookContentType, "Stripe's events are JSON (application/json).")
                .WithData("contentType", contentType ?? string.Empty);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }

        // The exact bytes received: the signature covers them, not a re-serialisation (DOMAIN.md §3.5). Read up to the limit
        // (a chunked body has no Content-Length).
        var bytes = await BoundedRequestBody.ReadAsync(context.Request.Body, MaxBodyBytes, TooLarge, context.RequestAborted);
        if (bytes.Length == 0)
        {
            throw InvalidBody("empty", "The delivery has no body.");
        }

        string body;
        try
        {
            body = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw InvalidBody("not UTF-8", "The event is not UTF-8.", ex);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw InvalidBody("not a JSON object", "The event is not a JSON object.");
            }
        }
        catch (JsonException ex)
        {
            throw InvalidBody("not JSON", "The event is not JSON.", ex);
        }

        var (outcome, eventId, eventType) = await processor.ProcessAsync(body, signature, context.RequestAborted);
        return Results.Ok(new StripeWebhookAnswer(eventId, eventType, outcome.ToString()));
    }

    private static BusinessException TooLarge() =>
        new BusinessException(BillingErrorCodes.WebhookTooLarge, "The event is larger than any Stripe event.").WithData("maxBytes", MaxBodyBytes);

    private static BusinessException InvalidBody(string reason, string message, Exception? inner = null) =>
        new BusinessException(BillingErrorCodes.InvalidWebhookBody, message, inner).WithData("reason", reason);
}
