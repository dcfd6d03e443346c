namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// Endpoint metadata for the OpenAPI document: the endpoint can answer with an RFC 9457 problem of <see cref="StatusCode"/>
/// carrying one of <see cref="Codes"/>. Application-service operations do not need it (their problem responses are derived
/// from the contract, its XML docs and the error-status map); minimal-API endpoints add it with
/// <see cref="ProblemResponseEndpointExtensions.ProducesProblemCodes{TBuilder}"/>.
/// </summary>
/// <param name="statusCode">A 4xx or 5xx HTTP status.</param>
/// <param name="codes">The problem <c>code</c> values possible with that status.</param>
public sealed class ProblemResponseMetadata(int statusCode, IReadOnlyList<string> codes)
{
    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; } = statusCode is >= 400 and <= 599
        ? statusCode
        : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A problem response has a 4xx or 5xx status.");

    /// <summary>The possible problem codes.</summary>
    public IReadOnlyList<string> Codes { get; } = codes ?? throw new ArgumentNullException(nameof(codes));
}
