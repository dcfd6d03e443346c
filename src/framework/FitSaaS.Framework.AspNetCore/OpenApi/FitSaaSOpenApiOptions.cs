namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// What the OpenAPI document (<c>/swagger/v1/swagger.json</c>, committed as <c>docs/openapi.json</c>) says about the API
/// beyond its operations: title, description, licence, servers and the descriptions of tags that are not application
/// services (those come from the contracts' XML docs). Bound from the <c>OpenApi</c> configuration section.
/// </summary>
public sealed class FitSaaSOpenApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "OpenApi";

    /// <summary><c>info.title</c>; default <c>FitSaaS API</c>.</summary>
    public string Title { get; set; } = "FitSaaS API";

    /// <summary><c>info.description</c> (CommonMark); default a short description of the API's conventions.</summary>
    public string Description { get; set; } =
        "The HTTP API of FitSaaS, generated from the application services' contracts. Tenant-scoped calls name the tenant " +
        "with the `__tenant` header (or a custom domain); tokens come from `POST /connect/token`. Every error is an RFC 9457 " +
        "problem (`application/problem+json`) with a stable `code` and a `traceId`; each operation lists its problem responses " +
        "and the codes it can answer with.";

    /// <summary><c>info.license.name</c>; default <c>Proprietary</c> (no licence is granted unless the owner configures one).</summary>
    public string LicenseName { get; set; } = "Proprietary";

    /// <summary><c>info.license.url</c>, an absolute URL; default none.</summary>
    public Uri? LicenseUrl { get; set; }

    /// <summary>
    /// <c>servers</c> after the first, relative one (<c>/</c>: the host serving the document, which Swagger UI and tools
    /// reading the live document resolve against its URL). Default none; the host's <c>appsettings.json</c> names the local
    /// development URL.
    /// </summary>
    public IList<FitSaaSOpenApiServer> Servers { get; } = [];

    /// <summary>
    /// Descriptions of tags that are not application services (minimal-API endpoints), by tag name. Defaults: the kit's
    /// <c>API definition</c> and <c>Application configuration</c> endpoints.
    /// </summary>
    public IDictionary<string, string> TagDescriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["API definition"] = "The HTTP shape of every application service (modules → services → actions, optionally with types), as ABP's api-definition endpoint.",
        ["Application configuration"] = "What a client needs at start-up: current user and tenant, granted permissions, feature and setting values.",
    };
}
