namespace FitSaaS.Framework.Application;

/// <summary>Keeps a contract out of the auto-generated HTTP API (in-process use only).</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
public sealed class NoHttpApiAttribute : Attribute;
