namespace FitSaaS.Framework.Settings;

/// <summary>A store without values: every setting has its default.</summary>
public sealed class NullSettingStore : ISettingStore
{
    private static readonly IReadOnlyDictionary<string, string> s_empty = new Dictionary<string, string>();

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, string>> GetValuesAsync(SettingScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult(s_empty);
}
