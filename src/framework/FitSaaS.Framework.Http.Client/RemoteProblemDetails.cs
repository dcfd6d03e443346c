using System.Text.Json;

namespace FitSaaS.Framework.Http.Client;

/// <summary>An RFC 9457 problem details document as the FitSaaS host writes it (with its <c>code</c> and <c>traceId</c> extensions).</summary>
/// <param name="Type">The <c>type</c> URI reference, if any.</param>
/// <param name="Title">The short summary.</param>
/// <param name="Status">The HTTP status written in the document.</param>
/// <param name="Detail">The explanation of this occurrence.</param>
/// <param name="Instance">The <c>instance</c> URI reference, if any.</param>
/// <param name="Code">The stable error code (e.g. <c>Bookings:AlreadyBooked</c>).</param>
/// <param name="TraceId">The server's trace id of the request, for support.</param>
/// <param name="Extensions">Every other member (e.g. <c>errors</c>, <c>data</c>), as received.</param>
public sealed record RemoteProblemDetails(
    string? Type, string? Title, int? Status, string? Detail, string? Instance, string? Code, string? TraceId,
    IReadOnlyDictionary<string, JsonElement> Extensions);
