namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>One entry of the OpenAPI document's <c>servers</c>.</summary>
public sealed class FitSaaSOpenApiServer
{
    /// <summary>The base URL, e.g. <c>http://localhost:5080</c>.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>What the server is, e.g. <c>Local development (dotnet run)</c>.</summary>
    public string? Description { get; set; }
}
