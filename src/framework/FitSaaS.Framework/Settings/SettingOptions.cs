namespace FitSaaS.Framework.Settings;

/// <summary>Setting system options.</summary>
public sealed class SettingOptions
{
    /// <summary>Definition provider types (<see cref="SettingDefinitionProvider"/>), instantiated once when definitions are first needed.</summary>
    public IList<Type> DefinitionProviders { get; } = [];
}
