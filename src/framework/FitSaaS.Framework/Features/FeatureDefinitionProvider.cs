namespace FitSaaS.Framework.Features;

/// <summary>
/// Declares a module's features. Register it with
/// <c>Configure&lt;FeatureOptions&gt;(o =&gt; o.DefinitionProviders.Add(typeof(MyProvider)))</c>.
/// </summary>
public abstract class FeatureDefinitionProvider
{
    /// <summary>Adds the module's groups and features.</summary>
    public abstract void Define(IFeatureDefinitionContext context);
}
