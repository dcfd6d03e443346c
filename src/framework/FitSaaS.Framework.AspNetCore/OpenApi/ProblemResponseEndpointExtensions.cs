using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>Declares the problem responses of minimal-API endpoints for the OpenAPI document.</summary>
public static class ProblemResponseEndpointExtensions
{
    /// <summary>
    /// The endpoint can answer <paramref name="statusCode"/> as <c>application/problem+json</c> with one of
    /// <paramref name="codes"/>; the document lists the response with the kit's <c>ProblemDetails</c> schema.
    /// </summary>
    public static TBuilder ProducesProblemCodes<TBuilder>(this TBuilder builder, int statusCode, params string[] codes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(codes);
        var metadata = new ProblemResponseMetadata(statusCode, codes);
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        return builder;
    }
}
