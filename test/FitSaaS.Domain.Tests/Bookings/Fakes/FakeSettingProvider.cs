using FitSaaS.Framework.Settings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

/// <summary>Setting values a test sets; unset names resolve to the Bookings definitions' defaults.</summary>
public sealed class FakeSettingProvider : ISettingProvider
{
    private static readonly Dictionary<string, string?> s_defaults = Defaults();

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public Task<string?> GetOrNullAsync(string name) =>
        Task.FromResult(Values.TryGetValue(name, out var value) ? value : s_defaults.GetValueOrDefault(name));

    public async Task<IReadOnlyDictionary<string, string?>> GetAllAsync(IEnumerable<string> names)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            result[name] = await GetOrNullAsync(name);
        }

        return result;
    }

    public void Set(string name, int value) => Values[name] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Defaults()
    {
        var context = new DefinitionContext();
        new FitSaaS.Bookings.BookingsSettingDefinitionProvider().Define(context);
        return context.Definitions.ToDictionary(d => d.Name, d => d.DefaultValue, StringComparer.Ordinal);
    }

    private sealed class DefinitionContext : ISettingDefinitionContext
    {
        public List<SettingDefinition> Definitions { get; } = [];

        public void Add(params SettingDefinition[] definitions) => Definitions.AddRange(definitions);

        public SettingDefinition? GetOrNull(string name) => Definitions.Find(d => d.Name == name);
    }
}
