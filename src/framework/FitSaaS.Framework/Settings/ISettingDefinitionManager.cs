namespace FitSaaS.Framework.Settings;

/// <summary>All setting definitions of the application, built once from the registered providers.</summary>
public interface ISettingDefinitionManager
{
    /// <summary>Definitions in provider order.</summary>
    IReadOnlyList<SettingDefinition> Definitions { get; }

    /// <summary>Returns the definition or null.</summary>
    SettingDefinition? Find(string name);
}
