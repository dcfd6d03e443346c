namespace FitSaaS.Framework.Auditing;

/// <summary>Auditing switches (configuration section <c>Auditing</c>).</summary>
public sealed class AuditingOptions
{
    /// <summary>The value stored instead of a redacted value.</summary>
    public const string RedactedValue = "***";

    /// <summary>False turns request, action and entity-change auditing off. Default true.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>
    /// True audits successful reads too: GET/HEAD requests and, outside a request, application-service methods that
    /// routing maps to GET (<c>Get…</c>, <c>Find…</c>). Default false (as ABP): a read is recorded only when it fails
    /// (see <see cref="AlwaysLogOnException"/>). A tenant can turn it on for itself with the setting
    /// <c>AuditLogging.IsEnabledForGetRequests</c> (<see cref="IGetRequestAuditingPolicy"/>).
    /// </summary>
    public bool IsEnabledForGetRequests { get; set; }

    /// <summary>
    /// True records a read that was not to be audited when it fails: an exception, or a response status of 400 or more.
    /// Default true.
    /// </summary>
    public bool AlwaysLogOnException { get; set; } = true;

    /// <summary>False records no entity changes at all (requests and actions still are). Default true.</summary>
    public bool IsEntityHistoryEnabled { get; set; } = true;

    /// <summary>
    /// Entity types whose changes are recorded (entity history is opt-in, as in ABP): a type is recorded when it carries
    /// <see cref="AuditedAttribute"/> or one of these predicates accepts it — and it is not in
    /// <see cref="IgnoredEntityTypes"/> nor marked <see cref="DisableAuditingAttribute"/>. Default empty.
    /// Example: <c>options.EntityHistorySelectors.Add(t =&gt; t.Namespace == "MyApp.Billing")</c>;
    /// <c>_ =&gt; true</c> records every entity (the behaviour before ADR 0035).
    /// </summary>
    public IList<Func<Type, bool>> EntityHistorySelectors { get; } = [];

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
