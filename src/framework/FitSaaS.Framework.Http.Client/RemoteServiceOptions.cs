namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// The remote services a client calls, by name (ABP's <c>RemoteServices</c> configuration section:
/// <c>RemoteServices:Default:BaseUrl</c>, <c>RemoteServices:Default:Authentication:ClientId</c>, …). A name without an
/// entry uses the <c>Default</c> entry.
/// </summary>
public sealed class RemoteServiceOptions
{
    /// <summary>The configuration section bound to these options (<c>RemoteServices</c>).</summary>
    public const string SectionName = "RemoteServices";

    /// <summary>The name used when none is given and the fallback of every other name (<c>Default</c>).</summary>
    public const string DefaultName = "Default";

    /// <summary>Remote service name (case-insensitive) → configuration.</summary>
    public IDictionary<string, RemoteServiceConfiguration> RemoteServices { get; } =
        new Dictionary<string, RemoteServiceConfiguration>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configuration of <paramref name="name"/>, else of <see cref="DefaultName"/>.</summary>
    /// <exception cref="InvalidOperationException">Neither is configured, or the entry has no <see cref="RemoteServiceConfiguration.BaseUrl"/>.</exception>
    public RemoteServiceConfiguration Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if ((RemoteServices.TryGetValue(name, out var configuration) || RemoteServices.TryGetValue(DefaultName, out configuration)) &&
            !string.IsNullOrWhiteSpace(configuration.BaseUrl))
        {
            return configuration;
        }

        throw new InvalidOperationException(
            $"Remote service '{name}' has no base URL: set {SectionName}:{name}:BaseUrl (or {SectionName}:{DefaultName}:BaseUrl).");
    }
}
