using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Authorization;

/// <summary>Default <see cref="IPermissionDefinitionManager"/> (singleton).</summary>
public sealed class PermissionDefinitionManager : IPermissionDefinitionManager
{
    private readonly Lazy<(List<PermissionGroupDefinition> Groups, Dictionary<string, PermissionDefinition> ByName)> _definitions;

    /// <summary>Creates the manager; providers run lazily on first use.</summary>
    public PermissionDefinitionManager(IOptions<PermissionOptions> options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        _definitions = new Lazy<(List<PermissionGroupDefinition>, Dictionary<string, PermissionDefinition>)>(() => Build(options.Value, services));
    }

    /// <inheritdoc/>
    public IReadOnlyList<PermissionGroupDefinition> Groups => _definitions.Value.Groups;

    /// <inheritdoc/>
    public IReadOnlyCollection<PermissionDefinition> Permissions => _definitions.Value.ByName.Values;

    /// <inheritdoc/>
    public PermissionDefinition? Find(string name) =>
        _definitions.Value.ByName.GetValueOrDefault(name);

    private static (List<PermissionGroupDefinition>, Dictionary<string, PermissionDefinition>) Build(PermissionOptions options, IServiceProvider services)
    {
        var context = new Context();
        foreach (var providerType in options.DefinitionProviders.Distinct())
        {
            var provider = (PermissionDefinitionProvider)Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(services, providerType);
            provider.Define(context);
        }

        var byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in context.Groups.SelectMany(g => g.Permissions).SelectMany(Flatten))
        {
            if (!byName.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission '{permission.Name}' is defined twice.");
            }
        }

        return (context.Groups, byName);
    }

    private static IEnumerable<PermissionDefinition> Flatten(PermissionDefinition permission) =>
        permission.Children.SelectMany(Flatten).Prepend(permission);

    private sealed class Context : IPermissionDefinitionContext
    {
        public List<PermissionGroupDefinition> Groups { get; } = [];

        public PermissionGroupDefinition AddGroup(string name, string displayName)
        {
            if (Groups.Any(g => g.Name == name))
            {
                throw new InvalidOperationException($"Permission group '{name}' is defined twice.");
            }

            var group = new PermissionGroupDefinition(name, displayName);
            Groups.Add(group);
            return group;
        }
    }
}
