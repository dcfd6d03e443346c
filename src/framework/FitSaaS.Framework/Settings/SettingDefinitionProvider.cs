namespace FitSaaS.Framework.Settings;

/// <summary>
/// Declares a module's settings. Register it with
/// <c>Configure&lt;SettingOptions&gt;(o =&gt; o.DefinitionProviders.Add(typeof(MyProvider)))</c>.
/// </summary>
public abstract class SettingDefinitionProvider
{
    /// <summary>Adds the module's settings.</summary>
    public abstract void Define(ISettingDefinitionContext context);
}
