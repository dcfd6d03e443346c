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
