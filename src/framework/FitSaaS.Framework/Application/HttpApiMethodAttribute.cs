namespace FitSaaS.Framework.Application;

/// <summary>Overrides the conventional HTTP method of a contract method (by default taken from the name prefix).</summary>
/// <param name="method">HTTP method: GET, POST, PUT, PATCH or DELETE.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HttpApiMethodAttribute(string method) : Attribute
{
    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; } = method.ToUpperInvariant();
}
