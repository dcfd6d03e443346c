namespace FitSaaS.Framework.Application;

/// <summary>
/// Overrides the conventional route of an application-service contract (on the interface: the
/// controller route, e.g. <c>api/account</c>) or of one method (appended to the controller route,
/// e.g. <c>my-profile</c>; <c>{id}</c> segments bind parameters of that name).
/// </summary>
/// <param name="template">Route template without leading slash.</param>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
public sealed class HttpApiRouteAttribute(string template) : Attribute
{
    /// <summary>The route template.</summary>
    public string Template { get; } = template;
}

/// <summary>Overrides the conventional HTTP method of a contract method (by default taken from the name prefix).</summary>
/// <param name="method">HTTP method: GET, POST, PUT, PATCH or DELETE.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HttpApiMethodAttribute(string method) : Attribute
{
    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; } = method.ToUpperInvariant();
}

/// <summary>Keeps a contract out of the auto-generated HTTP API (in-process use only).</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
public sealed class NoHttpApiAttribute : Attribute;
