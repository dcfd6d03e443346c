namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>Marks an emitted auto API controller and names the contract it exposes.</summary>
/// <param name="serviceInterface">The application-service contract.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AutoApiControllerAttribute(Type serviceInterface) : Attribute
{
    /// <summary>The application-service contract.</summary>
    public Type ServiceInterface { get; } = serviceInterface;
}
