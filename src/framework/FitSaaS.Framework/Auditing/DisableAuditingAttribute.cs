namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Keeps something out of the audit log. On an application-service class or method: the call is not
/// recorded as an action. On a DTO property or an entity property: its value is stored as
/// <c>***</c>. On an entity class: its changes are not recorded.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DisableAuditingAttribute : Attribute;
