namespace FitSaaS.Framework.Features;

/// <summary>
/// Requires features of the current tenant to call an application service (on the class or contract
/// interface: every method) or one method. Enforced for every caller by the application-service
/// pipeline; a disabled feature gives <see cref="FeatureErrorCodes.NotEnabled"/> (403). Several
/// attributes must all pass. Host callers (no tenant) are never restricted.
/// </summary>
/// <param name="features">Boolean feature names.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresFeatureAttribute(params string[] features) : Attribute
{
    /// <summary>The features.</summary>
    public IReadOnlyList<string> Features { get; } = features;

    /// <summary>True: every feature must be on. False (default): at least one.</summary>
    public bool RequiresAll { get; set; }
}
