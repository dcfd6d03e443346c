using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Billing;

/// <summary>
/// Documents the webhook's request body (Stripe's event, <c>application/json</c>). The endpoint declares no accepted content
/// types to routing on purpose: routing would answer another type with a bare 415 before the endpoint could give its code.
/// </summary>
internal sealed class StripeWebhookRequestBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId != StripeWebhookEndpoints.OperationId)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
    }
}
