namespace FitSaaS.Framework.Authorization;

/// <summary>
/// Declares a module's permissions. Register it with
/// <c>Configure&lt;PermissionOptions&gt;(o =&gt; o.DefinitionProviders.Add(typeof(MyProvider)))</c>.
/// </summary>
public abstract class PermissionDefinitionProvider
{
    /// <summary>Adds the module's groups and permissions.</summary>
    public abstract void Define(IPermissionDefinitionContext context);
}
