namespace FitSaaS.Framework.Http;

/// <summary>The HTTP shape of one application-service method.</summary>
/// <param name="HttpMethod">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="Template">Full route template without leading slash, e.g. <c>api/bookings/class-sessions/{id}/roster</c>.</param>
/// <param name="Parameters">Each parameter with its binding source, in declaration order.</param>
public sealed record HttpApiAction(string HttpMethod, string Template, IReadOnlyList<HttpApiParameter> Parameters)
{
    /// <inheritdoc/>
    public bool Equals(HttpApiAction? other) =>
        other is not null && HttpMethod == other.HttpMethod && Template == other.Template && Parameters.SequenceEqual(other.Parameters);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HttpMethod, Template, Parameters.Count);
}
