namespace FitSaaS.Framework.Settings;

/// <summary>What a <see cref="SettingDefinitionProvider"/> adds definitions to.</summary>
public interface ISettingDefinitionContext
{
    /// <summary>Adds definitions.</summary>
    /// <exception cref="InvalidOperationException">A name is already defined.</exception>
    void Add(params SettingDefinition[] definitions);

    /// <summary>Returns an already added definition or null.</summary>
    SettingDefinition? GetOrNull(string name);
}
