using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Settings;

/// <summary>Default <see cref="ISettingDefinitionManager"/> (singleton); providers run lazily on first use.</summary>
public sealed class SettingDefinitionManager : ISettingDefinitionManager
{
    private readonly Lazy<Context> _definitions;

    /// <summary>Creates the manager.</summary>
    public SettingDefinitionManager(IOptions<SettingOptions> options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        _definitions = new Lazy<Context>(() => Build(options.Value, services));
    }

    /// <inheritdoc/>
    public IReadOnlyList<SettingDefinition> Definitions => _definitions.Value.Ordered;

    /// <inheritdoc/>
    public SettingDefinition? Find(string name) => _definitions.Value.GetOrNull(name);

    private static Context Build(SettingOptions options, IServiceProvider services)
    {
        var context = new Context();
        foreach (var providerType in options.DefinitionProviders.Distinct())
        {
            var provider = (SettingDefinitionProvider)ActivatorUtilities.CreateInstance(services, providerType);
            provider.Define(context);
        }

        return context;
    }

    private sealed class Context : ISettingDefinitionContext
    {
        private readonly Dictionary<string, SettingDefinition> _byName = new(StringComparer.Ordinal);

        public List<SettingDefinition> Ordered { get; } = [];

        public void Add(params SettingDefinition[] definitions)
        {
            ArgumentNullException.ThrowIfNull(definitions);
            foreach (var definition in definitions)
            {
                if (!_byName.TryAdd(definition.Name, definition))
                {
                    throw new InvalidOperationException($"Setting '{definition.Name}' is defined twice.");
                }

                Ordered.Add(definition);
            }
        }

        public SettingDefinition? GetOrNull(string name) => _byName.GetValueOrDefault(name);
    }
}
