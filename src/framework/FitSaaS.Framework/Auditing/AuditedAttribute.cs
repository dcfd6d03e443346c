namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Opts an entity class into entity history: its creations, updates and deletions are recorded in the audit entry of
/// the request or call that saved them (with old and new property values). Entity history is opt-in
/// (<see cref="AuditingOptions.EntityHistorySelectors"/> is the alternative for whole namespaces or base types);
/// <see cref="DisableAuditingAttribute"/> and <see cref="AuditingOptions.IgnoredEntityTypes"/> win over it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute : Attribute;
