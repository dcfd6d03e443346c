namespace FitSaaS.Framework.Auditing;

/// <summary>Auditing switches (configuration section <c>Auditing</c>).</summary>
public sealed class AuditingOptions
{
    /// <summary>The value stored instead of a redacted value.</summary>
    public const string RedactedValue = "***";

    /// <summary>False turns request, action and entity-change auditing off. Default true.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>Longest serialized parameter JSON of one action; longer texts are truncated. Default 4000.</summary>
    public int MaxParametersLength { get; set; } = 4000;

    /// <summary>Longest stored property value of an entity change; longer values are truncated. Default 512.</summary>
    public int MaxPropertyValueLength { get; set; } = 512;

    /// <summary>Request paths starting with one of these are not audited. Default: health probes and Swagger.</summary>
    public IList<string> IgnoredUrlPrefixes { get; } = ["/health", "/swagger"];

    /// <summary>Entity types whose changes are never recorded (the audit tables, tokens, keys).</summary>
    public ISet<Type> IgnoredEntityTypes { get; } = new HashSet<Type>();

    /// <summary>
    /// Name fragments (case-insensitive) that mark a parameter, DTO property, query value or entity property
    /// as secret: its value is stored as <see cref="RedactedValue"/>.
    /// </summary>
    public IList<string> SecretNameFragments { get; } = ["password", "secret", "token", "securitystamp", "privatekey", "connectionstring"];

    /// <summary>True when <paramref name="name"/> contains one of <see cref="SecretNameFragments"/>.</summary>
    public bool IsSecretName(string? name) =>
        name is not null && SecretNameFragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));
}
