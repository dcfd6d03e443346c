namespace FitSaaS.Framework.AspNetCore.ApplicationConfiguration;

/// <summary>Granted permissions (ABP's <c>grantedPolicies</c> shape: name → true).</summary>
public sealed class AuthConfigurationDto
{
    /// <summary>Every permission the caller holds on the current side.</summary>
    public required IReadOnlyDictionary<string, bool> GrantedPolicies { get; init; }
}
