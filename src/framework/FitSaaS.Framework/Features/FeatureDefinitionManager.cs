using FitSaaS.Framework.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Features;

/// <summary>Default <see cref="IFeatureDefinitionManager"/> (singleton); providers run lazily on first use.</summary>
public sealed class FeatureDefinitionManager : IFeatureDefinitionManager
{
    private readonly Lazy<Context> _context;

    /// <summary>Creates the manager.</summary>
    public FeatureDefinitionManager(IOptions<FeatureOptions> options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        _context = new Lazy<Context>(() => Build(options.Value, services));
    }

    /// <inheritdoc/>
    public IReadOnlyList<FeatureGroupDefinition> Groups => _context.Value.Groups;

    /// <inheritdoc/>
    public IReadOnlyList<FeatureDefinition> Definitions => _context.Value.Ordered;

    /// <inheritdoc/>
    public FeatureDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _context.Value.ByName.GetValueOrDefault(name);
    }

    /// <inheritdoc/>
    public FeatureDefinition Get(string name) =>
        Find(name) ?? throw new BusinessException(FeatureErrorCodes.UnknownFeature, $"No feature named '{name}' is defined.").WithData("feature", name);

    private static Context Build(FeatureOptions options, IServiceProvider services)
    {
        var context = new Context();
        foreach (var providerType in options.DefinitionProviders.Distinct())
        {
            var provider = (FeatureDefinitionProvider)ActivatorUtilities.CreateInstance(services, providerType);
            provider.Define(context);
        }

        return context;
    }

    private sealed class Context : IFeatureDefinitionContext
    {
        public List<FeatureGroupDefinition> Groups { get; } = [];

        public List<FeatureDefinition> Ordered { get; } = [];

        public Dictionary<string, FeatureDefinition> ByName { get; } = new(StringComparer.Ordinal);

        public FeatureGroupDefinition AddGroup(string name, string? displayName = null)
        {
            var existing = Groups.FirstOrDefault(g => g.Name == name);
            if (existing is not null)
            {
                return existing;
            }

            var group = new FeatureGroupDefinition(name, displayName, Register);
            Groups.Add(group);
            return group;
        }

        private void Register(FeatureDefinition definition)
        {
            if (!ByName.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"Feature '{definition.Name}' is defined twice.");
            }

            Ordered.Add(definition);
        }
    }
}
